# Root Terragrunt configuration, included by every unit under live/<environment>/<module>/:
# reads live/stack.hcl and the environment's env.hcl, generates the cloud provider, keeps each
# unit's state in its own key of the environment's state storage, and passes the common tags.
locals {
  stack = read_terragrunt_config(find_in_parent_folders("stack.hcl")).locals
  env   = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals

  # billpay-<stack>-<environment>: the prefix of every resource name.
  name_prefix = "billpay-${local.stack.name}-${local.env.environment}"
  tags        = merge(local.stack.tags, { environment = local.env.environment })

  # One state bucket and lock table per environment and account; the remote-state unit adopts
  # them after Terragrunt creates them on the first run.
  account_id       = get_aws_account_id()
  state_bucket     = "${local.name_prefix}-tfstate-${local.account_id}"
  state_lock_table = "${local.name_prefix}-tfstate-lock"
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOF
    provider "aws" {
      region = "${local.stack.region}"

      default_tags {
        tags = ${jsonencode(local.tags)}
      }
    }

    # CloudFront only accepts certificates from us-east-1.
    provider "aws" {
      alias  = "us_east_1"
      region = "us-east-1"

      default_tags {
        tags = ${jsonencode(local.tags)}
      }
    }
  EOF
}

remote_state {
  backend = "s3"

  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }

  config = {
    bucket                = local.state_bucket
    key                   = "${path_relative_to_include()}/terraform.tfstate"
    region                = local.stack.region
    encrypt               = true
    dynamodb_table        = local.state_lock_table
    s3_bucket_tags        = local.tags
    dynamodb_table_tags   = local.tags
    disable_bucket_update = true
  }
}

inputs = {
  tags = local.tags
}
