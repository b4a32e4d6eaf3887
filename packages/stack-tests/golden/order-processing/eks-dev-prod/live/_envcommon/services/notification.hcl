# Common configuration of the notification service on EKS: it tells customers about payments,
# shipments and shortages by e-mail and SMS.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/eks-service"
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

dependency "msk" {
  config_path = "${get_terragrunt_dir()}/../../msk"

  mock_outputs = {
    cluster_arn           = "arn:aws:kafka:us-east-1:123456789012:cluster/mock/00000000-0000-0000-0000-000000000000-1"
    bootstrap_brokers_iam = "b-1.mock.kafka.us-east-1.amazonaws.com:9098,b-2.mock.kafka.us-east-1.amazonaws.com:9098"
    topic_arn_prefix      = "arn:aws:kafka:us-east-1:123456789012:topic/mock/00000000-0000-0000-0000-000000000000-1"
    group_arn_prefix      = "arn:aws:kafka:us-east-1:123456789012:group/mock/00000000-0000-0000-0000-000000000000-1"
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

dependency "sns" {
  config_path = "${get_terragrunt_dir()}/../../sns"

  mock_outputs = {
    topic_arns = {
      order-status           = "arn:aws:sns:us-east-1:123456789012:mock-order-status"
      customer-notifications = "arn:aws:sns:us-east-1:123456789012:mock-customer-notifications"
    }
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name              = "notification"
  cluster_name      = dependency.cluster.outputs.cluster_name
  oidc_provider_arn = dependency.cluster.outputs.oidc_provider_arn
  oidc_issuer_url   = dependency.cluster.outputs.oidc_issuer_url
  image             = "${dependency.ecr.outputs.repository_urls["notification"]}:${local.env.service_image_tag}"
  cpu               = 250
  memory            = 512

  min_count = local.env.service_min_count
  max_count = local.env.service_max_count

  # No public path: the other services call notification.notification.svc.cluster.local.
  alarm_topic_arn = dependency.monitoring.outputs.sns_topic_arn

  environment_variables = {
    SERVICE_NAME            = "notification"
    ENVIRONMENT             = local.env.environment
    AWS_REGION              = local.common.region
    KAFKA_BOOTSTRAP_SERVERS = dependency.msk.outputs.bootstrap_brokers_iam
    KAFKA_CONSUMER_GROUP    = "notification-service"
    KAFKA_CONSUME_TOPICS    = "payment-succeeded,payment-failed,shipment-sent,shipment-problem,out-of-stock"
    NOTIFICATION_QUEUE_URL  = dependency.sqs.outputs.queue_urls["notification-requests"]
    CUSTOMER_TOPIC_ARN      = dependency.sns.outputs.topic_arns["customer-notifications"]
  }

  # Least privilege: exactly what the notification service does in AWS.
  policy_statements = [
    { sid = "KafkaConnect", actions = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], resources = [dependency.msk.outputs.cluster_arn] },
    { sid = "KafkaConsume", actions = ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"], resources = ["${dependency.msk.outputs.topic_arn_prefix}/payment-succeeded", "${dependency.msk.outputs.topic_arn_prefix}/payment-failed", "${dependency.msk.outputs.topic_arn_prefix}/shipment-sent", "${dependency.msk.outputs.topic_arn_prefix}/shipment-problem", "${dependency.msk.outputs.topic_arn_prefix}/out-of-stock"] },
    { sid = "KafkaConsumerGroup", actions = ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"], resources = ["${dependency.msk.outputs.group_arn_prefix}/notification-service"] },
    { sid = "NotificationQueue", actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"], resources = [dependency.sqs.outputs.queue_arns["notification-requests"]] },
    { sid = "NotifyCustomers", actions = ["sns:Publish"], resources = [dependency.sns.outputs.topic_arns["customer-notifications"]] },
  ]
}
