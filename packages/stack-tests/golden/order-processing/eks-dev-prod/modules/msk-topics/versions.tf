# Minimum OpenTofu and provider versions this module is written for. The Kafka provider is configured by
# the caller (bootstrap brokers, IAM authentication) and must reach the brokers over the network.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    kafka = {
      source  = "Mongey/kafka"
      version = ">= 0.7, < 1.0"
    }
  }
}
