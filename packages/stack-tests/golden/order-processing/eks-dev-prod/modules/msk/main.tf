# Private Kafka cluster for the order events: brokers spread over the private subnets, IAM authentication
# over TLS only (no passwords to manage), encryption at rest and in transit, broker logs in CloudWatch,
# topics never created implicitly, and an alarm before a broker disk fills up.

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-msk-"
  description = "Kafka brokers of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-msk" })

  lifecycle {
    create_before_destroy = true
  }
}

# count, not for_each: client groups are often created in the same apply, so their ids are unknown at plan.
resource "aws_vpc_security_group_ingress_rule" "clients" {
  count = length(var.client_security_group_ids)

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.client_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = 9098
  to_port                      = 9098
  description                  = "Kafka clients (IAM over TLS)"
}

resource "aws_vpc_security_group_ingress_rule" "networks" {
  for_each = toset(var.client_cidr_blocks)

  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 9098
  to_port           = 9098
  description       = "Kafka clients (IAM over TLS)"
}

resource "aws_msk_configuration" "this" {
  name           = "${var.name}-config"
  kafka_versions = [var.kafka_version]
  description    = "Broker settings of ${var.name}"

  server_properties = <<-PROPERTIES
    auto.create.topics.enable=false
    default.replication.factor=${var.default_replication_factor}
    min.insync.replicas=${max(1, var.default_replication_factor - 1)}
    num.partitions=6
    log.retention.hours=168
    unclean.leader.election.enable=false
  PROPERTIES

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/msk/${var.name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_msk_cluster" "this" {
  cluster_name           = var.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = var.brokers_per_zone * length(var.subnet_ids)
  enhanced_monitoring    = "PER_BROKER"
  tags                   = var.tags

  broker_node_group_info {
    instance_type   = var.broker_instance_type
    client_subnets  = var.subnet_ids
    security_groups = [aws_security_group.this.id]

    storage_info {
      ebs_storage_info {
        volume_size = var.volume_size
      }
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      iam = true
    }
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.this.arn
    revision = aws_msk_configuration.this.latest_revision
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.this.name
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "disk" {
  count = var.alarm_topic_arn == null ? 0 : 1

  alarm_name          = "${var.name}-msk-disk-used"
  alarm_description   = "A Kafka broker of ${var.name} has used more than 80% of its disk."
  namespace           = "AWS/Kafka"
  metric_name         = "KafkaDataLogsDiskUsed"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
  tags                = var.tags

  dimensions = {
    "Cluster Name" = aws_msk_cluster.this.cluster_name
  }
}
