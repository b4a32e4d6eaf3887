# Root Terragrunt configuration, included by every unit under live/<environment>/<module>/:
# reads live/stack.hcl and the environment's env.hcl, generates the cloud provider, keeps each
# unit's state in its own key of the environment's state storage, and passes the common tags.
locals {
  stack = read_terragrunt_config(find_in_parent_folders("stack.hcl")).locals
  env   = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals

  # billpay-<stack>-<environment>: the prefix of every resource name.
  name_prefix = "billpay-${local.stack.name}-${local.env.environment}"
  tags        = merge(local.stack.tags, { environment = local.env.environment })

  # The state storage account name is derived from the subscription so it is globally unique;
  # the workflows create it (and its resource group and container) when it is missing.
  subscription_id       = get_env("ARM_SUBSCRIPTION_ID")
  state_storage_account = "sttf${substr(sha1(local.subscription_id), 0, 16)}"
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOF
    provider "azurerm" {
      features {
        resource_group {
          prevent_deletion_if_contains_resources = true
        }
      }
    }
  EOF
}

remote_state {
  backend = "azurerm"

  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }

  config = {
    resource_group_name  = "rg-billpay-tfstate"
    storage_account_name = local.state_storage_account
    container_name       = "tfstate"
    key                  = "${local.stack.name}/${path_relative_to_include()}/terraform.tfstate"
    use_oidc             = true
    use_azuread_auth     = true
  }
}

inputs = {
  tags = local.tags
}
