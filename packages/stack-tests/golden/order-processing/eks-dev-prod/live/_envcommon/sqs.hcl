# Common configuration of the sqs unit: work queues with dead-letter queues for shipping requests,
# customer notifications and the users' order history. The order topics may deliver to them.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/sqs"
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
  name = local.name
  queues = {
    shipping-requests     = { visibility_timeout_seconds = 120, max_receive_count = 5 }
    notification-requests = { visibility_timeout_seconds = 60, max_receive_count = 5 }
    order-history         = { visibility_timeout_seconds = 60, max_receive_count = 10 }
  }
  sns_topic_arn_patterns = ["arn:aws:sns:${local.common.region}:*:${local.name}-*"]
  alarm_topic_arn        = dependency.monitoring.outputs.sns_topic_arn
}
