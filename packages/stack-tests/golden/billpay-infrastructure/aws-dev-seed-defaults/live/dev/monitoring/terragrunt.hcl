# CloudWatch log groups and alarms of this environment.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/monitoring.hcl"
}

terraform {
  source = "../../../modules/monitoring"
}

dependency "networking" {
  config_path = "../networking"

  mock_outputs = {
    nat_gateway_ids = ["nat-00000000000000001"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

dependency "eks" {
  config_path = "../eks"

  mock_outputs = {
    node_autoscaling_group_names = ["eks-billpay-mock"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

inputs = {
  name                         = include.root.locals.name_prefix
  services                     = include.root.locals.stack.services
  node_autoscaling_group_names = dependency.eks.outputs.node_autoscaling_group_names
  nat_gateway_ids              = dependency.networking.outputs.nat_gateway_ids
  log_retention_days           = include.root.locals.env.log_retention_days
}
