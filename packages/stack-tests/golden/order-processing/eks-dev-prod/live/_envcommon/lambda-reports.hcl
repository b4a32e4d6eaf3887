# Common configuration of the lambda-reports unit: the daily sales report, built from the order events
# and written to the reports bucket.
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

dependency "reports" {
  config_path = "${get_terragrunt_dir()}/../s3-reports"

  mock_outputs = {
    bucket_id  = "mock-bucket"
    bucket_arn = "arn:aws:s3:::mock-bucket"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                = "${local.name}-daily-report"
  description         = "Builds the previous day's order report"
  source_dir          = "${dirname(find_in_parent_folders("root.hcl"))}/functions/reports"
  timeout             = 300
  memory_size         = 512
  schedule_expression = "cron(0 6 * * ? *)"
  environment_variables = {
    ORDER_EVENTS_TABLE = dependency.order_events.outputs.table_name
    REPORTS_BUCKET     = dependency.reports.outputs.bucket_id
  }
  policy_statements = [
    { sid = "ReadOrderEvents", actions = ["dynamodb:Scan", "dynamodb:Query"], resources = [dependency.order_events.outputs.table_arn] },
    { sid = "WriteReports", actions = ["s3:PutObject"], resources = ["${dependency.reports.outputs.bucket_arn}/reports/*"] },
  ]
  alarm_topic_arn = dependency.monitoring.outputs.sns_topic_arn
}
