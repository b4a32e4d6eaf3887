# Common configuration of the api-gateway unit: the public HTTP API routing /orders, /inventory,
# /products, /users, /shipments and /payments to the services through a VPC link. Sign-in (/users) and
# the catalogue (/products) are open; the rest needs a user token when an issuer is set.
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

dependency "order" {
  config_path = "${get_terragrunt_dir()}/../services/order"

  mock_outputs = {
    discovery_service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "inventory" {
  config_path = "${get_terragrunt_dir()}/../services/inventory"

  mock_outputs = {
    discovery_service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "product" {
  config_path = "${get_terragrunt_dir()}/../services/product"

  mock_outputs = {
    discovery_service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "user" {
  config_path = "${get_terragrunt_dir()}/../services/user"

  mock_outputs = {
    discovery_service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "shipping" {
  config_path = "${get_terragrunt_dir()}/../services/shipping"

  mock_outputs = {
    discovery_service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "payment" {
  config_path = "${get_terragrunt_dir()}/../services/payment"

  mock_outputs = {
    discovery_service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                 = local.name
  vpc_id               = dependency.networking.outputs.vpc_id
  subnet_ids           = dependency.networking.outputs.private_subnet_ids
  routes               = {
    orders    = { path_prefix = "/orders", discovery_service_arn = dependency.order.outputs.discovery_service_arn }
    inventory = { path_prefix = "/inventory", discovery_service_arn = dependency.inventory.outputs.discovery_service_arn }
    products  = { path_prefix = "/products", discovery_service_arn = dependency.product.outputs.discovery_service_arn, authorize = false }
    users     = { path_prefix = "/users", discovery_service_arn = dependency.user.outputs.discovery_service_arn, authorize = false }
    shipments = { path_prefix = "/shipments", discovery_service_arn = dependency.shipping.outputs.discovery_service_arn }
    payments  = { path_prefix = "/payments", discovery_service_arn = dependency.payment.outputs.discovery_service_arn }
  }
  jwt_issuer           = local.common.jwt_issuer
  jwt_audience         = local.common.jwt_audience
  cors_allowed_origins = local.common.cors_allowed_origins
  alarm_topic_arn      = dependency.monitoring.outputs.sns_topic_arn
}
