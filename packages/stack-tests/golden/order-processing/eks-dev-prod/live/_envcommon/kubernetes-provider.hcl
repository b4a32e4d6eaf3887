# The kubernetes provider of the services' units, included next to root.hcl and their own
# _envcommon file: it reaches the cluster of the eks unit as the AWS identity that runs Terragrunt
# (cluster admin through the cluster's access entries).
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
}

dependency "eks" {
  config_path = "${get_terragrunt_dir()}/../../eks"

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

generate "kubernetes_provider" {
  path      = "kubernetes_provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-PROVIDER
    provider "kubernetes" {
      host                   = ${jsonencode(dependency.eks.outputs.cluster_endpoint)}
      cluster_ca_certificate = base64decode(${jsonencode(dependency.eks.outputs.cluster_certificate_authority_data)})

      exec {
        api_version = "client.authentication.k8s.io/v1beta1"
        command     = "aws"
        args        = ["eks", "get-token", "--cluster-name", ${jsonencode(dependency.eks.outputs.cluster_name)}, "--region", ${jsonencode(local.common.region)}]
      }
    }
  PROVIDER
}
