# Minimum OpenTofu and provider versions this module is written for; the live repository pins exact ones.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 6.0"
    }
  }
}
