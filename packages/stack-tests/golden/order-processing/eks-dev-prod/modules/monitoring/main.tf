# CloudWatch monitoring for one BillPay environment: a log group per service, alarms on node
# CPU and NAT gateway port exhaustion, and an encrypted SNS topic the alarms notify. Who
# receives the notifications is decided by subscribing to the topic (e-mail, chat, paging).

resource "aws_sns_topic" "this" {
  name              = "${var.name}-alarms"
  kms_master_key_id = "alias/aws/sns"

  tags = var.tags
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(var.services)

  name              = "/${var.name}/${each.key}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { service = each.key })
}

resource "aws_cloudwatch_metric_alarm" "node_cpu" {
  for_each = { for i, asg in var.node_autoscaling_group_names : tostring(i + 1) => asg }

  alarm_name          = "${var.name}-node-cpu-${each.key}"
  alarm_description   = "EKS nodes of ${var.name} above ${var.node_cpu_threshold}% CPU for 15 minutes: add nodes or raise the node group maximum."
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.node_cpu_threshold
  treat_missing_data  = "missing"
  alarm_actions       = [aws_sns_topic.this.arn]
  ok_actions          = [aws_sns_topic.this.arn]

  dimensions = {
    AutoScalingGroupName = each.value
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "nat_port_allocation" {
  for_each = { for i, id in var.nat_gateway_ids : tostring(i + 1) => id }

  alarm_name          = "${var.name}-nat-${each.key}-port-allocation"
  alarm_description   = "NAT gateway ${each.value} of ${var.name} is dropping new connections (source ports exhausted)."
  namespace           = "AWS/NATGateway"
  metric_name         = "ErrorPortAllocation"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.this.arn]

  dimensions = {
    NatGatewayId = each.value
  }

  tags = var.tags
}
