# Common configuration of the eks unit: the Kubernetes cluster the seven services run on, in the private
# subnets, with a managed node group that holds every service at its fewest pods; the Cluster
# Autoscaler (eks-addons unit) adds nodes up to node_max_size when the services scale out. The API
# endpoint is public but answers only IAM identities given access: the workflow applies the
# Kubernetes units through it.
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
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/eks"
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

inputs = {
  name                   = local.name
  kubernetes_version     = local.common.kubernetes_version
  vpc_id                 = dependency.networking.outputs.vpc_id
  subnet_ids             = dependency.networking.outputs.private_subnet_ids
  endpoint_public_access = true
  node_instance_types    = [local.env.node_instance_type]
  node_min_size          = local.env.node_min_size
  node_desired_size      = local.env.node_min_size
  node_max_size          = local.env.node_max_size
  tags                   = local.tags
}
