# Container registry of this environment for the BillPay service images.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/registry"
}

inputs = {
  name           = include.root.locals.name_prefix
  compartment_id = include.root.locals.stack.compartment_id
  repositories   = include.root.locals.stack.services
}
