# Root Terragrunt configuration, included by every unit under live/<environment>/<module>/:
# reads live/stack.hcl and the environment's env.hcl, generates the cloud provider, keeps each
# unit's state in its own key of the environment's state storage, and passes the common tags.
locals {
  stack = read_terragrunt_config(find_in_parent_folders("stack.hcl")).locals
  env   = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals

  # billpay-<stack>-<environment>: the prefix of every resource name.
  name_prefix = "billpay-${local.stack.name}-${local.env.environment}"
  tags        = merge(local.stack.tags, { environment = local.env.environment })
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOF
    provider "oci" {
      region              = "${local.stack.region}"
      config_file_profile = "DEFAULT"
    }
  EOF
}

# State in Object Storage through its S3-compatible API (bucket billpay-tfstate, created by the
# workflows when missing). Object Storage has no lock table: the workflows serialise runs per
# environment instead.
generate "backend" {
  path      = "backend.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOF
    terraform {
      backend "s3" {
        bucket = "billpay-tfstate"
        key    = "${local.stack.name}/${path_relative_to_include()}/terraform.tfstate"
        region = "${local.stack.region}"

        endpoints = {
          s3 = "https://${get_env("OCI_OBJECT_STORAGE_NAMESPACE")}.compat.objectstorage.${local.stack.region}.oraclecloud.com"
        }

        skip_region_validation      = true
        skip_credentials_validation = true
        skip_requesting_account_id  = true
        skip_metadata_api_check     = true
        skip_s3_checksum            = true
        use_path_style              = true
      }
    }
  EOF
}

inputs = {
  tags = local.tags
}
