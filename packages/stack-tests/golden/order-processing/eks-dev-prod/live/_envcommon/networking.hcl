# Common configuration of the networking unit: the environment's VPC, two zones, NAT gateways (one per
# zone when highly available).
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
  tags = {
    project     = local.common.project
    environment = local.env.environment
    owner       = local.common.owner
    cost-center = local.common.cost_center
  }
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/networking"
}

inputs = {
  name               = local.name
  cidr               = local.env.vpc_cidr
  az_count           = 2
  single_nat_gateway = !local.env.high_availability
  tags               = local.tags
}
