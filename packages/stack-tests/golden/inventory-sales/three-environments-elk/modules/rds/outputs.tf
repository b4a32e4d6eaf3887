# Values Ansible (application configuration) and CI read from the rds module.

output "endpoint" {
  description = "Address and port of the database (host:port)."
  value       = aws_db_instance.this.endpoint
}

output "address" {
  description = "Host name of the database."
  value       = aws_db_instance.this.address
}

output "port" {
  description = "Port of the database."
  value       = aws_db_instance.this.port
}

output "db_name" {
  description = "Schema created on the instance."
  value       = aws_db_instance.this.db_name
}

output "db_user" {
  description = "Master user name."
  value       = aws_db_instance.this.username
}

output "master_user_secret_arn" {
  description = "Secrets Manager secret holding the generated master password."
  value       = try(aws_db_instance.this.master_user_secret[0].secret_arn, null)
}

output "security_group_id" {
  description = "Security group of the database."
  value       = aws_security_group.this.id
}

output "identifier" {
  description = "Identifier of the instance (CloudWatch dimension)."
  value       = aws_db_instance.this.identifier
}
