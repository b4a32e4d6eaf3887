# Root Terragrunt configuration, included by every unit under live/. It reads the repository-wide
# settings (live/common.hcl) and the environment's (live/<env>/env.hcl), generates the AWS provider with
# the tags every resource carries, and keeps each unit's state in S3 under its own path.

locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-PROVIDER
    provider "aws" {
      region = ${jsonencode(local.common.region)}

      default_tags {
        tags = {
          project     = ${jsonencode(local.common.project)}
          environment = ${jsonencode(local.env.environment)}
          owner       = ${jsonencode(local.common.owner)}
          cost-center = ${jsonencode(local.common.cost_center)}
          managed-by  = "terragrunt"
        }
      }
    }
  PROVIDER
}

remote_state {
  backend = "s3"

  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }

  config = {
    bucket         = local.common.state_bucket
    key            = "${local.common.project}/${path_relative_to_include()}/terraform.tfstate"
    region         = local.common.region
    encrypt        = true
    dynamodb_table = local.common.lock_table
  }
}

