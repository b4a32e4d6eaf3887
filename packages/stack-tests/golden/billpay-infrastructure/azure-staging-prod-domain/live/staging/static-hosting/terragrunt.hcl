# Hosting of the BillPay micro-frontends in this environment: a private bucket per frontend
# behind the CDN, under this environment's domain when one is set.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/static-hosting"
}

dependency "resource_group" {
  config_path = "../resource-group"

  mock_outputs = {
    name = "rg-mock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                = include.root.locals.name_prefix
  resource_group_name = dependency.resource_group.outputs.name
  location            = include.root.locals.stack.region
  sites               = include.root.locals.stack.frontends
  replication_type    = include.root.locals.env.storage_replication
  domain_name         = include.root.locals.env.domain_name
}
