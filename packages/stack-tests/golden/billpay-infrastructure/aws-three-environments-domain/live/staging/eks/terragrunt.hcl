# EKS cluster of this environment, in the private subnets of the networking unit.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/eks.hcl"
}

terraform {
  source = "../../../modules/eks"
}

dependency "networking" {
  config_path = "../networking"

  mock_outputs = {
    vpc_id             = "vpc-00000000000000000"
    private_subnet_ids = ["subnet-00000000000000001", "subnet-00000000000000002"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

inputs = {
  name                = include.root.locals.name_prefix
  kubernetes_version  = include.root.locals.stack.kubernetes_version
  vpc_id              = dependency.networking.outputs.vpc_id
  subnet_ids          = dependency.networking.outputs.private_subnet_ids
  node_instance_types = [include.root.locals.env.node_instance_type]
  node_min_size       = include.root.locals.env.node_min_size
  node_desired_size   = include.root.locals.env.node_desired_size
  node_max_size       = include.root.locals.env.node_max_size
  node_disk_size      = include.root.locals.env.node_disk_size
  log_retention_days  = include.root.locals.env.log_retention_days
  deploy_role_arns    = include.root.locals.env.deploy_role_arns
  deploy_namespaces   = [include.root.locals.env.namespace]
}
