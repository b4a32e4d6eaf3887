# Tool and provider minimums for the OCI cluster module; the live repository pins exact versions.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    oci = {
      source  = "oracle/oci"
      version = ">= 5.30, < 6.0"
    }
  }
}
