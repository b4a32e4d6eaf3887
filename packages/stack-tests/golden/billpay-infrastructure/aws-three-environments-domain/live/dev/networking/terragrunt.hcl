# Network of this environment; the cluster and everything in it sit on top of this unit.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/networking"
}

inputs = {
  name               = include.root.locals.name_prefix
  cidr               = include.root.locals.stack.network_cidr
  single_nat_gateway = include.root.locals.env.single_nat_gateway
}
