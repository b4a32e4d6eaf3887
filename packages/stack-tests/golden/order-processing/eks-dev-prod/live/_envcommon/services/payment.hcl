# Common configuration of the payment service on EKS: it charges and refunds orders through the
# payment processing function.
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

dependency "payment_function" {
  config_path = "${get_terragrunt_dir()}/../../lambda-payment"

  mock_outputs = {
    function_name = "mock-function"
    function_arn  = "arn:aws:lambda:us-east-1:123456789012:function:mock-function"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name              = "payment"
  cluster_name      = dependency.cluster.outputs.cluster_name
  oidc_provider_arn = dependency.cluster.outputs.oidc_provider_arn
  oidc_issuer_url   = dependency.cluster.outputs.oidc_issuer_url
  image             = "${dependency.ecr.outputs.repository_urls["payment"]}:${local.env.service_image_tag}"
  cpu               = 250
  memory            = 512

  min_count = local.env.service_min_count
  max_count = local.env.service_max_count

  # The API gateway's VPC link reaches /payments (and below) through the internal load balancer; the
  # other services call payment.payment.svc.cluster.local.
  load_balancer = {
    listener_arn            = dependency.ingress.outputs.listener_arn
    rule_priority           = 60
    path_prefix             = "/payments"
    node_port               = 30085
    vpc_id                  = dependency.networking.outputs.vpc_id
    autoscaling_group_names = dependency.cluster.outputs.node_autoscaling_group_names
  }
  alarm_topic_arn = dependency.monitoring.outputs.sns_topic_arn

  environment_variables = {
    SERVICE_NAME            = "payment"
    ENVIRONMENT             = local.env.environment
    AWS_REGION              = local.common.region
    KAFKA_BOOTSTRAP_SERVERS = dependency.msk.outputs.bootstrap_brokers_iam
    KAFKA_CONSUMER_GROUP    = "payment-service"
    KAFKA_PRODUCE_TOPICS    = "payment-succeeded,payment-failed"
    KAFKA_CONSUME_TOPICS    = "order-created,out-of-stock"
    PAYMENT_FUNCTION_NAME   = dependency.payment_function.outputs.function_name
  }

  # Least privilege: exactly what the payment service does in AWS.
  policy_statements = [
    { sid = "KafkaConnect", actions = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], resources = [dependency.msk.outputs.cluster_arn] },
    { sid = "KafkaProduce", actions = ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"], resources = ["${dependency.msk.outputs.topic_arn_prefix}/payment-succeeded", "${dependency.msk.outputs.topic_arn_prefix}/payment-failed"] },
    { sid = "KafkaConsume", actions = ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"], resources = ["${dependency.msk.outputs.topic_arn_prefix}/order-created", "${dependency.msk.outputs.topic_arn_prefix}/out-of-stock"] },
    { sid = "KafkaConsumerGroup", actions = ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"], resources = ["${dependency.msk.outputs.group_arn_prefix}/payment-service"] },
    { sid = "InvokePaymentProcessor", actions = ["lambda:InvokeFunction"], resources = [dependency.payment_function.outputs.function_arn] },
  ]
}
