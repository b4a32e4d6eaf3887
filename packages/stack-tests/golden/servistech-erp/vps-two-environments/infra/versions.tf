# OpenTofu and provider versions of the ERP's cloud resources; the S3 backend is configured per
# environment from environments/<env>/backend.hcl at init time.
terraform {
  required_version = ">= 1.8.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }

  backend "s3" {}
}
