# Values the services, functions and queues read from the sns module (maps keyed by the short name).

output "topic_arns" {
  description = "ARN of each topic."
  value       = { for k, t in aws_sns_topic.this : k => t.arn }
}

output "topic_names" {
  description = "Full name of each topic."
  value       = { for k, t in aws_sns_topic.this : k => t.name }
}
