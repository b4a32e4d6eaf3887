# Values the services and functions read from the dynamodb module.

output "table_name" {
  description = "Name of the table."
  value       = aws_dynamodb_table.this.name
}

output "table_arn" {
  description = "ARN of the table (append \"/index/*\" for its indexes in policies)."
  value       = aws_dynamodb_table.this.arn
}

output "stream_arn" {
  description = "ARN of the change stream; null when the stream is off."
  value       = try(aws_dynamodb_table.this.stream_arn, null)
}
