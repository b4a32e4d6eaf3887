# Common configuration of the dynamodb-sessions unit: user sessions, expired by DynamoDB through their
# expires_at attribute.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/dynamodb"
}

dependency "monitoring" {
  config_path = "${get_terragrunt_dir()}/../monitoring"

  mock_outputs = {
    sns_topic_arn = "arn:aws:sns:us-east-1:123456789012:mock-alarms"
    log_group_names = {
      order = "/mock/order", inventory = "/mock/inventory", payment = "/mock/payment", notification = "/mock/notification"
      shipping = "/mock/shipping", user = "/mock/user", product = "/mock/product"
    }
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                = "${local.name}-sessions"
  hash_key            = "session_id"
  attributes          = { session_id = "S", user_id = "S" }
  ttl_attribute       = "expires_at"
  deletion_protection = local.env.environment == "prod"
  alarm_topic_arn     = dependency.monitoring.outputs.sns_topic_arn
  global_secondary_indexes = {
    by-user = { hash_key = "user_id", projection_type = "KEYS_ONLY" }
  }
}
