# Minimum OpenTofu and provider versions this module is written for; the live repository pins exact ones.
# The kubernetes provider is configured by the caller against the EKS cluster (see README).
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 6.0"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 2.25, < 3.0"
    }
  }
}
