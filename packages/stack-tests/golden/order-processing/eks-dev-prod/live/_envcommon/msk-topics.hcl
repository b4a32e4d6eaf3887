# Common configuration of the msk-topics unit: the seven topics of the order flow. The Kafka provider
# talks to the private brokers, so this unit runs from a runner inside the VPC (see the iac-apply
# workflow).
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/msk-topics"
}

dependency "msk" {
  config_path = "${get_terragrunt_dir()}/../msk"

  mock_outputs = {
    cluster_arn           = "arn:aws:kafka:us-east-1:123456789012:cluster/mock/00000000-0000-0000-0000-000000000000-1"
    bootstrap_brokers_iam = "b-1.mock.kafka.us-east-1.amazonaws.com:9098,b-2.mock.kafka.us-east-1.amazonaws.com:9098"
    topic_arn_prefix      = "arn:aws:kafka:us-east-1:123456789012:topic/mock/00000000-0000-0000-0000-000000000000-1"
    group_arn_prefix      = "arn:aws:kafka:us-east-1:123456789012:group/mock/00000000-0000-0000-0000-000000000000-1"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

generate "kafka_provider" {
  path      = "kafka_provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-PROVIDER
    provider "kafka" {
      bootstrap_servers = ${jsonencode(split(",", dependency.msk.outputs.bootstrap_brokers_iam))}
      tls_enabled       = true
      sasl_mechanism    = "aws-iam"
      sasl_aws_region   = ${jsonencode(local.common.region)}
    }
  PROVIDER
}

inputs = {
  topics              = {
    "order-created"   = { partitions = 6, retention_ms = 604800000 }
    "stock-reserved"  = { partitions = 6, retention_ms = 604800000 }
    "out-of-stock"    = { partitions = 6, retention_ms = 604800000 }
    "payment-succeeded" = { partitions = 6, retention_ms = 604800000 }
    "payment-failed"  = { partitions = 6, retention_ms = 604800000 }
    "shipment-sent"   = { partitions = 6, retention_ms = 604800000 }
    "shipment-problem" = { partitions = 6, retention_ms = 604800000 }
  }
  min_insync_replicas = local.env.high_availability ? 2 : 1
}
