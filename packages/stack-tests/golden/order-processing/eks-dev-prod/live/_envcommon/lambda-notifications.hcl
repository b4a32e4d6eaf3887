# Common configuration of the lambda-notifications unit: reads the order-events stream and publishes
# each status change to the order-status topic, which fans out to the notification and order-history
# queues.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/lambda"
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

dependency "order_events" {
  config_path = "${get_terragrunt_dir()}/../dynamodb-order-events"

  mock_outputs = {
    table_name = "mock-table"
    table_arn  = "arn:aws:dynamodb:us-east-1:123456789012:table/mock-table"
    stream_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/mock-table/stream/2024-01-01T00:00:00.000"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "sns" {
  config_path = "${get_terragrunt_dir()}/../sns"

  mock_outputs = {
    topic_arns = {
      order-status           = "arn:aws:sns:us-east-1:123456789012:mock-order-status"
      customer-notifications = "arn:aws:sns:us-east-1:123456789012:mock-customer-notifications"
    }
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                    = "${local.name}-notification-fanout"
  description             = "Publishes order status changes from the order-events stream"
  source_dir              = "${dirname(find_in_parent_folders("root.hcl"))}/functions/notification-fanout"
  event_source_arn        = dependency.order_events.outputs.stream_arn
  event_source_batch_size = 50
  environment_variables = {
    ORDER_STATUS_TOPIC_ARN = dependency.sns.outputs.topic_arns["order-status"]
  }
  policy_statements = [
    { sid = "PublishOrderStatus", actions = ["sns:Publish"], resources = [dependency.sns.outputs.topic_arns["order-status"]] },
  ]
  alarm_topic_arn = dependency.monitoring.outputs.sns_topic_arn
}
