# Values the services read from the mq module.

output "broker_id" {
  description = "ID of the broker."
  value       = aws_mq_broker.this.id
}

output "broker_arn" {
  description = "ARN of the broker."
  value       = aws_mq_broker.this.arn
}

output "endpoints" {
  description = "Endpoints of the first broker instance (amqp+ssl, mqtt+ssl, stomp+ssl, wss, ssl)."
  value       = try(aws_mq_broker.this.instances[0].endpoints, [])
}

output "credentials_secret_arn" {
  description = "Secrets Manager secret with the broker user's name and password (JSON)."
  value       = aws_secretsmanager_secret.broker.arn
}

output "security_group_id" {
  description = "Security group of the broker."
  value       = aws_security_group.this.id
}
