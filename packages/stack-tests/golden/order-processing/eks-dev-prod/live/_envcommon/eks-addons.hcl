# Common configuration of the eks-addons unit: the Metrics Server the services' pod autoscalers read,
# Container Insights (pod metrics for the alarms, the containers' logs) and the Cluster Autoscaler,
# whose image follows the cluster's Kubernetes version. The helm provider reaches the cluster of the
# eks unit.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/eks-addons"
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

generate "helm_provider" {
  path      = "helm_provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-PROVIDER
    provider "helm" {
      kubernetes {
        host                   = ${jsonencode(dependency.eks.outputs.cluster_endpoint)}
        cluster_ca_certificate = base64decode(${jsonencode(dependency.eks.outputs.cluster_certificate_authority_data)})

        exec {
          api_version = "client.authentication.k8s.io/v1beta1"
          command     = "aws"
          args        = ["eks", "get-token", "--cluster-name", ${jsonencode(dependency.eks.outputs.cluster_name)}, "--region", ${jsonencode(local.common.region)}]
        }
      }
    }
  PROVIDER
}

inputs = {
  cluster_name                 = dependency.eks.outputs.cluster_name
  oidc_provider_arn            = dependency.eks.outputs.oidc_provider_arn
  oidc_issuer_url              = dependency.eks.outputs.oidc_issuer_url
  region                       = local.common.region
  log_retention_days           = local.env.environment == "prod" ? 90 : 30
  cluster_autoscaler_image_tag = "v${local.common.kubernetes_version}.0"
}
