# Common configuration of the lambda-payment unit: the payment processing function (a simulated
# provider) that the payment service invokes for each charge or refund.
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

inputs = {
  name                 = "${local.name}-payment-processor"
  description          = "Charges and refunds orders (simulated payment provider)"
  source_dir           = "${dirname(find_in_parent_folders("root.hcl"))}/functions/payment-processor"
  timeout              = 15
  reserved_concurrency = 20
  environment_variables = {
    DECLINE_AMOUNT_OVER = "5000"
  }
  alarm_topic_arn = dependency.monitoring.outputs.sns_topic_arn
}
