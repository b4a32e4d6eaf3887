# Root composition of one environment: the network, the web tier (launch template + auto scaling group
# behind the load balancer), the MySQL database and the buckets. Every environment uses this same code
# with its own variables file and state key, so dev, staging and prod differ only in sizes.

locals {
  name       = "${var.project}-${var.environment}"
  short_name = trimsuffix(substr(local.name, 0, 24), "-")
}

# Two zones; prod gets one NAT gateway per zone so losing a zone does not cut the servers' outbound path.
module "networking" {
  source = "../modules/networking"

  name               = local.name
  cidr               = var.vpc_cidr
  az_count           = 2
  single_nat_gateway = var.environment != "prod"
}

module "s3" {
  source = "../modules/s3"

  bucket_name   = "${local.name}-assets-${data.aws_caller_identity.current.account_id}"
  force_destroy = !var.protect_from_deletion

  lifecycle_rules = [
    { id = "backups", prefix = "backups/", expiration_days = 90, transitions = [{ days = 30, storage_class = "STANDARD_IA" }] },
  ]
}

# Ansible's SSM connection copies modules through a bucket; objects there live one day.
module "s3_ansible_transfer" {
  source = "../modules/s3"

  bucket_name        = "${local.name}-ansible-${data.aws_caller_identity.current.account_id}"
  versioning_enabled = false
  force_destroy      = true

  lifecycle_rules = [
    { id = "expire", prefix = "", expiration_days = 1, noncurrent_expiration_days = 1 },
  ]
}

data "aws_caller_identity" "current" {}

module "elb" {
  source = "../modules/elb"

  name                = local.short_name
  vpc_id              = module.networking.vpc_id
  subnet_ids          = module.networking.public_subnet_ids
  certificate_arn     = var.certificate_arn
  health_check_path   = "/healthz"
  deletion_protection = var.protect_from_deletion
}

module "ec2" {
  source = "../modules/ec2"

  name                           = local.name
  vpc_id                         = module.networking.vpc_id
  instance_type                  = var.instance_type
  http_source_security_group_ids = [module.elb.security_group_id]
  metrics_cidr_blocks            = [var.vpc_cidr]
  s3_bucket_arns                 = [module.s3.bucket_arn, module.s3_ansible_transfer.bucket_arn]
  secret_arns                    = [module.rds.master_user_secret_arn]
}

module "asg" {
  source = "../modules/asg"

  name                    = "${local.name}-web"
  subnet_ids              = module.networking.private_subnet_ids
  launch_template_id      = module.ec2.launch_template_id
  launch_template_version = tostring(module.ec2.launch_template_version)
  min_size                = var.web_min_size
  max_size                = max(var.web_max_size, var.web_min_size)
  desired_capacity        = var.web_min_size
  target_group_arns       = [module.elb.target_group_arn]
}

module "rds" {
  source = "../modules/rds"

  identifier                 = "${local.name}-mysql"
  vpc_id                     = module.networking.vpc_id
  subnet_ids                 = module.networking.private_subnet_ids
  db_name                    = var.db_name
  db_user                    = var.db_user
  instance_class             = var.db_instance_class
  multi_az                   = var.db_multi_az
  allowed_security_group_ids = [module.ec2.security_group_id]
  deletion_protection        = var.protect_from_deletion
  skip_final_snapshot        = !var.protect_from_deletion
  backup_retention_period    = var.protect_from_deletion ? 14 : 3
}
