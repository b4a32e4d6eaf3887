# Common configuration of the api-gateway unit: the public HTTP API routing /orders, /inventory,
# /products, /users, /shipments and /payments through a VPC link to the internal load balancer, whose
# path rules send each prefix to its service on EKS. Sign-in (/users) and the catalogue (/products) are
# open; the rest needs a user token when an issuer is set.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/api-gateway"
}

dependency "networking" {
  config_path = "${get_terragrunt_dir()}/../networking"

  mock_outputs = {
    vpc_id             = "vpc-0a0a0a0a0a0a0a0a0"
    vpc_cidr_block     = "10.0.0.0/16"
    private_subnet_ids = ["subnet-0a0a0a0a0a0a0a0a0", "subnet-0b0b0b0b0b0b0b0b0"]
    public_subnet_ids  = ["subnet-0c0c0c0c0c0c0c0c0", "subnet-0d0d0d0d0d0d0d0d0"]
    nat_gateway_ids    = ["nat-0a0a0a0a0a0a0a0a0"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
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

dependency "ingress" {
  config_path = "${get_terragrunt_dir()}/../eks-ingress"

  mock_outputs = {
    listener_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/mock/0a0a0a0a0a0a0a0a/0b0b0b0b0b0b0b0b"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

# The routes go live once every service behind them has its rule on the load balancer.
dependencies {
  paths = [
    "${get_terragrunt_dir()}/../services/order",
    "${get_terragrunt_dir()}/../services/inventory",
    "${get_terragrunt_dir()}/../services/product",
    "${get_terragrunt_dir()}/../services/user",
    "${get_terragrunt_dir()}/../services/shipping",
    "${get_terragrunt_dir()}/../services/payment",
  ]
}

inputs = {
  name                 = local.name
  vpc_id               = dependency.networking.outputs.vpc_id
  subnet_ids           = dependency.networking.outputs.private_subnet_ids
  routes = {
    orders    = { path_prefix = "/orders", listener_arn = dependency.ingress.outputs.listener_arn }
    inventory = { path_prefix = "/inventory", listener_arn = dependency.ingress.outputs.listener_arn }
    products  = { path_prefix = "/products", listener_arn = dependency.ingress.outputs.listener_arn, authorize = false }
    users     = { path_prefix = "/users", listener_arn = dependency.ingress.outputs.listener_arn, authorize = false }
    shipments = { path_prefix = "/shipments", listener_arn = dependency.ingress.outputs.listener_arn }
    payments  = { path_prefix = "/payments", listener_arn = dependency.ingress.outputs.listener_arn }
  }
  jwt_issuer           = local.common.jwt_issuer
  jwt_audience         = local.common.jwt_audience
  cors_allowed_origins = local.common.cors_allowed_origins
  alarm_topic_arn      = dependency.monitoring.outputs.sns_topic_arn
}
