# Monitoring coordinates for the services (where to log) and for the on-call setup.

output "sns_topic_arn" {
  description = "SNS topic the alarms notify; subscribe the on-call channel to it."
  value       = aws_sns_topic.this.arn
}

output "log_group_names" {
  description = "Application log group per service."
  value       = { for k, g in aws_cloudwatch_log_group.this : k => g.name }
}

output "alarm_names" {
  description = "Names of every alarm created."
  value = concat(
    [for a in aws_cloudwatch_metric_alarm.node_cpu : a.alarm_name],
    [for a in aws_cloudwatch_metric_alarm.nat_port_allocation : a.alarm_name],
  )
}
