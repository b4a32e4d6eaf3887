# Tool and provider minimums for the GCP networking module; the live repository pins exact versions.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 5.20, < 6.0"
    }
  }
}
