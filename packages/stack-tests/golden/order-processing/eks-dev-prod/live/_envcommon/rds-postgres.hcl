# Common configuration of the rds-postgres unit: PostgreSQL for orders, inventory, users and products;
# services sign in with IAM as their own database users.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/rds-postgres"
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

inputs = {
  identifier              = "${local.name}-postgres"
  vpc_id                  = dependency.networking.outputs.vpc_id
  subnet_ids              = dependency.networking.outputs.private_subnet_ids
  db_name                 = "orders"
  db_user                 = "orders_admin"
  instance_class          = local.env.rds_instance_class
  multi_az                = local.env.high_availability
  deletion_protection     = local.env.environment == "prod"
  skip_final_snapshot     = local.env.environment != "prod"
  backup_retention_period = local.env.environment == "prod" ? 14 : 3
  allowed_cidr_blocks     = [dependency.networking.outputs.vpc_cidr_block]
  alarm_topic_arn         = dependency.monitoring.outputs.sns_topic_arn
}
