# Values the topics, services and functions read from the sqs module (maps keyed by the short name).

output "queue_arns" {
  description = "ARN of each queue."
  value       = { for k, q in aws_sqs_queue.this : k => q.arn }
}

output "queue_urls" {
  description = "URL of each queue."
  value       = { for k, q in aws_sqs_queue.this : k => q.url }
}

output "dead_letter_queue_arns" {
  description = "ARN of each dead-letter queue."
  value       = { for k, q in aws_sqs_queue.dlq : k => q.arn }
}

output "dead_letter_queue_urls" {
  description = "URL of each dead-letter queue (redrive from the console or with start-message-move-task)."
  value       = { for k, q in aws_sqs_queue.dlq : k => q.url }
}
