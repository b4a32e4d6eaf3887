# Container registries of this environment: one ECR repository per BillPay service.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/ecr.hcl"
}

terraform {
  source = "../../../modules/ecr"
}

inputs = {
  name         = include.root.locals.name_prefix
  repositories = include.root.locals.stack.services
}
