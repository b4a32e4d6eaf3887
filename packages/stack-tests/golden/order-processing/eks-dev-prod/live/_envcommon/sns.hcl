# Common configuration of the sns unit: the order-status topic fanned out to the notification and
# order-history queues, and the customer-notifications topic for e-mail and SMS.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/sns"
}

dependency "sqs" {
  config_path = "${get_terragrunt_dir()}/../sqs"

  mock_outputs = {
    queue_arns = {
      shipping-requests     = "arn:aws:sqs:us-east-1:123456789012:mock-shipping-requests"
      notification-requests = "arn:aws:sqs:us-east-1:123456789012:mock-notification-requests"
      order-history         = "arn:aws:sqs:us-east-1:123456789012:mock-order-history"
    }
    queue_urls = {
      shipping-requests     = "https://sqs.us-east-1.amazonaws.com/123456789012/mock-shipping-requests"
      notification-requests = "https://sqs.us-east-1.amazonaws.com/123456789012/mock-notification-requests"
      order-history         = "https://sqs.us-east-1.amazonaws.com/123456789012/mock-order-history"
    }
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name = local.name
  topics = {
    order-status = {
      subscriptions = [
        { protocol = "sqs", endpoint = dependency.sqs.outputs.queue_arns["notification-requests"] },
        { protocol = "sqs", endpoint = dependency.sqs.outputs.queue_arns["order-history"] },
      ]
    }
    customer-notifications = {}
  }
}
