# PostgreSQL on RDS for the orders, inventory, users and products. The master password is generated and
# kept by RDS in Secrets Manager (for migrations and administration only); the services sign in as their
# own database users with IAM authentication tokens, so no service holds a database password. TLS is
# forced, storage encrypted, and only the listed security groups can connect.

resource "aws_db_subnet_group" "this" {
  name_prefix = "${var.identifier}-"
  description = "Subnets of ${var.identifier}"
  subnet_ids  = var.subnet_ids
}

resource "aws_security_group" "this" {
  name_prefix = "${var.identifier}-db-"
  description = "PostgreSQL ${var.identifier}"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.identifier}-db" }

  lifecycle {
    create_before_destroy = true
  }
}

# count, not for_each: client groups are often created in the same apply, so their ids are unknown at plan.
resource "aws_vpc_security_group_ingress_rule" "postgres" {
  count = length(var.allowed_security_group_ids)

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.allowed_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "PostgreSQL from the services"
}

resource "aws_vpc_security_group_ingress_rule" "networks" {
  for_each = toset(var.allowed_cidr_blocks)

  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  description       = "PostgreSQL from the service network"
}

resource "aws_db_parameter_group" "this" {
  name_prefix = "${var.identifier}-"
  family      = "postgres${var.engine_version}"
  description = "Parameters of ${var.identifier}"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "this" {
  identifier     = var.identifier
  engine         = "postgres"
  engine_version = var.engine_version
  instance_class = var.instance_class

  db_name                             = var.db_name
  username                            = var.db_user
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = var.kms_key_id
  iam_database_authentication_enabled = true

  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.max_allocated_storage == 0 ? null : var.max_allocated_storage
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = var.kms_key_id

  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.this.id]
  parameter_group_name   = aws_db_parameter_group.this.name
  publicly_accessible    = false
  multi_az               = var.multi_az

  backup_retention_period   = var.backup_retention_period
  backup_window             = "03:00-04:00"
  maintenance_window        = "sun:04:30-sun:05:30"
  copy_tags_to_snapshot     = true
  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = var.skip_final_snapshot
  final_snapshot_identifier = var.skip_final_snapshot ? null : "${var.identifier}-final"

  auto_minor_version_upgrade      = true
  performance_insights_enabled    = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

locals {
  alarms = var.alarm_topic_arn == null ? {} : {
    cpu     = { metric = "CPUUtilization", statistic = "Average", threshold = 80, operator = "GreaterThanThreshold", description = "CPU above 80% for 15 minutes" }
    storage = { metric = "FreeStorageSpace", statistic = "Minimum", threshold = 2147483648, operator = "LessThanThreshold", description = "less than 2 GiB of free storage" }
    memory  = { metric = "FreeableMemory", statistic = "Minimum", threshold = 104857600, operator = "LessThanThreshold", description = "less than 100 MiB of freeable memory" }
  }
}

resource "aws_cloudwatch_metric_alarm" "this" {
  for_each = local.alarms

  alarm_name          = "${var.identifier}-${each.key}"
  alarm_description   = "${var.identifier}: ${each.value.description}."
  namespace           = "AWS/RDS"
  metric_name         = each.value.metric
  statistic           = each.value.statistic
  period              = 300
  evaluation_periods  = 3
  threshold           = each.value.threshold
  comparison_operator = each.value.operator
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    DBInstanceIdentifier = aws_db_instance.this.identifier
  }
}
