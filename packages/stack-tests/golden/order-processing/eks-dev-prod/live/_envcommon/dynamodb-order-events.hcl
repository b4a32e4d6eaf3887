# Common configuration of the dynamodb-order-events unit: the history of every order (one item per
# event) for real-time tracking, with a stream that feeds the notification fan-out function.
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
  name                = "${local.name}-order-events"
  hash_key            = "order_id"
  range_key           = "event_id"
  attributes          = { order_id = "S", event_id = "S", customer_id = "S" }
  stream_view_type    = "NEW_IMAGE"
  deletion_protection = local.env.environment == "prod"
  alarm_topic_arn     = dependency.monitoring.outputs.sns_topic_arn
  global_secondary_indexes = {
    by-customer = { hash_key = "customer_id", range_key = "event_id" }
  }
}
