# Container registry of this environment for the BillPay service images.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/registry"
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/registry.hcl"
}

inputs = {
  name         = include.root.locals.name_prefix
  project_id   = include.root.locals.stack.project_id
  region       = include.root.locals.stack.region
  repositories = include.root.locals.stack.services
}
