# Network of this environment; the cluster and everything in it sit on top of this unit.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/networking"
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
  cidr                = include.root.locals.stack.network_cidr
}
