# Common configuration of the ecr unit: one image repository per microservice.
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
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/ecr"
}

inputs = {
  name         = local.name
  repositories = ["order", "inventory", "payment", "notification", "shipping", "user", "product"]
  tags         = local.tags
}
