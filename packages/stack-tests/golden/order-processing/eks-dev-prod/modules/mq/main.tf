# Amazon MQ broker (ActiveMQ) for the integrations that need AMQP or MQTT, such as carriers' tracking
# feeds. Private, TLS ports only, logs to CloudWatch, weekly maintenance window. The broker user's
# password is generated here and kept in Secrets Manager (the AWS API requires one at creation), so it
# lives in the encrypted state and in the secret, nowhere else.

resource "random_password" "broker" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "broker" {
  name_prefix = "${var.name}-mq-"
  description = "Credentials of the ${var.name} Amazon MQ broker"
}

resource "aws_secretsmanager_secret_version" "broker" {
  secret_id = aws_secretsmanager_secret.broker.id
  secret_string = jsonencode({
    username = var.admin_username
    password = random_password.broker.result
  })
}

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-mq-"
  description = "Amazon MQ broker ${var.name}"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-mq" }

  lifecycle {
    create_before_destroy = true
  }
}

# count, not for_each: client groups are often created in the same apply, so their ids are unknown at plan.
resource "aws_vpc_security_group_ingress_rule" "amqp" {
  count = length(var.client_security_group_ids)

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.client_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = 5671
  to_port                      = 5671
  description                  = "AMQP over TLS"
}

resource "aws_vpc_security_group_ingress_rule" "mqtt" {
  count = length(var.client_security_group_ids)

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.client_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = 8883
  to_port                      = 8883
  description                  = "MQTT over TLS"
}

resource "aws_vpc_security_group_ingress_rule" "networks" {
  for_each = { for pair in setproduct(var.client_cidr_blocks, [5671, 8883]) : "${pair[0]}-${pair[1]}" => { cidr = pair[0], port = pair[1] } }

  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value.cidr
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  description       = "AMQP and MQTT over TLS"
}

resource "aws_mq_broker" "this" {
  broker_name                = var.name
  engine_type                = "ActiveMQ"
  engine_version             = var.engine_version
  host_instance_type         = var.instance_type
  deployment_mode            = var.high_availability ? "ACTIVE_STANDBY_MULTI_AZ" : "SINGLE_INSTANCE"
  subnet_ids                 = var.high_availability ? slice(var.subnet_ids, 0, 2) : [var.subnet_ids[0]]
  security_groups            = [aws_security_group.this.id]
  publicly_accessible        = false
  auto_minor_version_upgrade = true
  apply_immediately          = false

  encryption_options {
    use_aws_owned_key = true
  }

  logs {
    general = true
    audit   = true
  }

  maintenance_window_start_time {
    day_of_week = "SUNDAY"
    time_of_day = "05:00"
    time_zone   = "UTC"
  }

  user {
    username       = var.admin_username
    password       = random_password.broker.result
    console_access = false
  }
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  count = var.alarm_topic_arn == null ? 0 : 1

  alarm_name          = "${var.name}-mq-cpu"
  alarm_description   = "The ${var.name} broker has used more than 80% CPU for 15 minutes."
  namespace           = "AWS/AmazonMQ"
  metric_name         = "CpuUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    Broker = "${aws_mq_broker.this.broker_name}-1"
  }
}

resource "aws_cloudwatch_metric_alarm" "store" {
  count = var.alarm_topic_arn == null ? 0 : 1

  alarm_name          = "${var.name}-mq-store"
  alarm_description   = "The ${var.name} broker's message store is more than 80% full: consumers are not keeping up."
  namespace           = "AWS/AmazonMQ"
  metric_name         = "StorePercentUsage"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    Broker = "${aws_mq_broker.this.broker_name}-1"
  }
}
