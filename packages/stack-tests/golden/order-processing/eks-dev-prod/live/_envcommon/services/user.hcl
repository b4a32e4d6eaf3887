# Common configuration of the user service on EKS: it registers users, signs them in, keeps their
# sessions and order history.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/eks-service"
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
  config_path = "${get_terragrunt_dir()}/../../eks"

  mock_outputs = {
    cluster_name                       = "mock"
    cluster_endpoint                   = "https://MOCK.gr7.us-east-1.eks.amazonaws.com"
    cluster_certificate_authority_data = "bW9jaw=="
    oidc_provider_arn                  = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/MOCK"
    oidc_issuer_url                    = "https://oidc.eks.us-east-1.amazonaws.com/id/MOCK"
    node_security_group_id             = "sg-0a0a0a0a0a0a0a0a0"
    node_autoscaling_group_names       = ["eks-mock-0a0a0a0a-0a0a-0a0a-0a0a-0a0a0a0a0a0a"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "ingress" {
  config_path = "${get_terragrunt_dir()}/../../eks-ingress"

  mock_outputs = {
    listener_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/mock/0a0a0a0a0a0a0a0a/0b0b0b0b0b0b0b0b"
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

dependency "sessions" {
  config_path = "${get_terragrunt_dir()}/../../dynamodb-sessions"

  mock_outputs = {
    table_name = "mock-table"
    table_arn  = "arn:aws:dynamodb:us-east-1:123456789012:table/mock-table"
    stream_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/mock-table/stream/2024-01-01T00:00:00.000"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "sqs" {
  config_path = "${get_terragrunt_dir()}/../../sqs"

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
  name              = "user"
  cluster_name      = dependency.cluster.outputs.cluster_name
  oidc_provider_arn = dependency.cluster.outputs.oidc_provider_arn
  oidc_issuer_url   = dependency.cluster.outputs.oidc_issuer_url
  image             = "${dependency.ecr.outputs.repository_urls["user"]}:${local.env.service_image_tag}"
  cpu               = 250
  memory            = 512

  min_count = local.env.service_min_count
  max_count = local.env.service_max_count

  # The API gateway's VPC link reaches /users (and below) through the internal load balancer; the
  # other services call user.user.svc.cluster.local.
  load_balancer = {
    listener_arn            = dependency.ingress.outputs.listener_arn
    rule_priority           = 40
    path_prefix             = "/users"
    node_port               = 30083
    vpc_id                  = dependency.networking.outputs.vpc_id
    autoscaling_group_names = dependency.cluster.outputs.node_autoscaling_group_names
  }
  alarm_topic_arn = dependency.monitoring.outputs.sns_topic_arn

  environment_variables = {
    SERVICE_NAME            = "user"
    ENVIRONMENT             = local.env.environment
    AWS_REGION              = local.common.region
    DB_HOST                 = dependency.database.outputs.address
    DB_PORT                 = tostring(dependency.database.outputs.port)
    DB_NAME                 = dependency.database.outputs.db_name
    DB_USER                 = "user_service"
    DB_IAM_AUTH             = "true"
    SESSIONS_TABLE          = dependency.sessions.outputs.table_name
    ORDER_HISTORY_QUEUE_URL = dependency.sqs.outputs.queue_urls["order-history"]
  }

  # Least privilege: exactly what the user service does in AWS.
  policy_statements = [
    { sid = "DatabaseSignIn", actions = ["rds-db:connect"], resources = ["${dependency.database.outputs.iam_connect_arn_prefix}/user_service"] },
    { sid = "Sessions", actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query"], resources = [dependency.sessions.outputs.table_arn, "${dependency.sessions.outputs.table_arn}/index/*"] },
    { sid = "OrderHistoryQueue", actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"], resources = [dependency.sqs.outputs.queue_arns["order-history"]] },
  ]
}
