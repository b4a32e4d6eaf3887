# Common configuration of the monitoring unit: the alarm topic every other unit notifies, and alarms on
# the EKS nodes' CPU and the NAT gateways (the containers' logs go to Container Insights, eks-addons).
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
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/monitoring"
}

dependency "networking" {
  config_path = "${get_terragrunt_dir()}/../networking"

  mock_outputs = {
    vpc_id             = "vpc-0a0a0a0a0a0a0a0a0"
    vpc_cidr_block     = "10.0.0.0/16"
    private_subnet_ids = ["subnet-0a0a0a0a0a0a0a0a0", "subnet-0b0b0b0b0b0b0b0b0"]
    public_subnet_ids  = ["subnet-0c0c0c0c0c0c0c0c0", "subnet-0d0d0d0d0d0d0d0d0"]
    nat_gateway_ids    = ["nat-0a0a0a0a0a0a0a0a0"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "eks" {
  config_path = "${get_terragrunt_dir()}/../eks"

  mock_outputs = {
    cluster_name                       = "mock"
    cluster_endpoint                   = "https://MOCK.gr7.us-east-1.eks.amazonaws.com"
    cluster_certificate_authority_data = "bW9jaw=="
    oidc_provider_arn                  = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/MOCK"
    oidc_issuer_url                    = "https://oidc.eks.us-east-1.amazonaws.com/id/MOCK"
    node_security_group_id             = "sg-0a0a0a0a0a0a0a0a0"
    node_autoscaling_group_names       = ["eks-mock-0a0a0a0a-0a0a-0a0a-0a0a-0a0a0a0a0a0a"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                         = local.name
  nat_gateway_ids              = dependency.networking.outputs.nat_gateway_ids
  node_autoscaling_group_names = dependency.eks.outputs.node_autoscaling_group_names
  tags                         = local.tags
}
