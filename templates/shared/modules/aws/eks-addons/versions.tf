# Minimum OpenTofu and provider versions this module is written for; the live repository pins exact ones.
# The helm provider is configured by the caller against the EKS cluster (see README).
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 6.0"
    }
    helm = {
      source  = "hashicorp/helm"
      version = ">= 2.12, < 3.0"
    }
  }
}
