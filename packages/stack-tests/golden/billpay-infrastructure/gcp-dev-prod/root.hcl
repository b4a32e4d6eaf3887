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
    provider "google" {
      project        = "${local.stack.project_id}"
      region         = "${local.stack.region}"
      default_labels = ${jsonencode(local.tags)}
    }
  EOF
}

# One state bucket per project, created by Terragrunt on the first run; one prefix per unit.
remote_state {
  backend = "gcs"

  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }

  config = {
    project           = local.stack.project_id
    location          = local.stack.region
    bucket            = "${local.stack.project_id}-billpay-tfstate"
    prefix            = "${local.stack.name}/${path_relative_to_include()}"
    gcs_bucket_labels = local.tags
  }
}

inputs = {
  labels = local.tags
}
