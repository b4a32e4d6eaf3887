# Common configuration of the product service on Fargate: it manages the catalogue, prices and product
# images.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/ecs-service"
}

dependency "networking" {
  config_path = "${get_terragrunt_dir()}/../../networking"

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
  config_path = "${get_terragrunt_dir()}/../../monitoring"

  mock_outputs = {
    sns_topic_arn = "arn:aws:sns:us-east-1:123456789012:mock-alarms"
    log_group_names = {
      order = "/mock/order", inventory = "/mock/inventory", payment = "/mock/payment", notification = "/mock/notification"
      shipping = "/mock/shipping", user = "/mock/user", product = "/mock/product"
    }
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "ecr" {
  config_path = "${get_terragrunt_dir()}/../../ecr"

  mock_outputs = {
    repository_urls = {
      order = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/order", inventory = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/inventory"
      payment = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/payment", notification = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/notification"
      shipping = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/shipping", user = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/user"
      product = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mock/product"
    }
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "cluster" {
  config_path = "${get_terragrunt_dir()}/../../ecs-cluster"

  mock_outputs = {
    cluster_arn  = "arn:aws:ecs:us-east-1:123456789012:cluster/mock"
    namespace_id = "ns-mockmockmockmock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "database" {
  config_path = "${get_terragrunt_dir()}/../../rds-postgres"

  mock_outputs = {
    address                = "mock.abcdefghijkl.us-east-1.rds.amazonaws.com"
    port                   = 5432
    db_name                = "orders"
    iam_connect_arn_prefix = "arn:aws:rds-db:us-east-1:123456789012:dbuser:db-MOCKMOCKMOCKMOCKMOCK"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "images" {
  config_path = "${get_terragrunt_dir()}/../../s3-product-images"

  mock_outputs = {
    bucket_id  = "mock-bucket"
    bucket_arn = "arn:aws:s3:::mock-bucket"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name         = "product"
  cluster_arn  = dependency.cluster.outputs.cluster_arn
  namespace_id = dependency.cluster.outputs.namespace_id
  vpc_id       = dependency.networking.outputs.vpc_id
  subnet_ids   = dependency.networking.outputs.private_subnet_ids
  image        = "${dependency.ecr.outputs.repository_urls["product"]}:${local.env.service_image_tag}"
  cpu          = 256
  memory       = 512

  desired_count = local.env.service_min_count
  min_count     = local.env.service_min_count
  max_count     = local.env.service_max_count

  # The API gateway's VPC link and the other services call in from the VPC range.
  ingress_cidr_blocks = [dependency.networking.outputs.vpc_cidr_block]
  log_group_name      = dependency.monitoring.outputs.log_group_names["product"]
  alarm_topic_arn     = dependency.monitoring.outputs.sns_topic_arn

  environment_variables = {
    SERVICE_NAME          = "product"
    ENVIRONMENT           = local.env.environment
    AWS_REGION            = local.common.region
    DB_HOST               = dependency.database.outputs.address
    DB_PORT               = tostring(dependency.database.outputs.port)
    DB_NAME               = dependency.database.outputs.db_name
    DB_USER               = "product_service"
    DB_IAM_AUTH           = "true"
    PRODUCT_IMAGES_BUCKET = dependency.images.outputs.bucket_id
  }
  secrets               = {}

  # Least privilege: exactly what the product service does in AWS.
  policy_statements = [
    { sid = "DatabaseSignIn", actions = ["rds-db:connect"], resources = ["${dependency.database.outputs.iam_connect_arn_prefix}/product_service"] },
    { sid = "ListProductImages", actions = ["s3:ListBucket"], resources = [dependency.images.outputs.bucket_arn] },
    { sid = "ProductImages", actions = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], resources = ["${dependency.images.outputs.bucket_arn}/*"] },
  ]
}
