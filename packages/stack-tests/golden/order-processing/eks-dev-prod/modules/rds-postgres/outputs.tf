# Values the services, migrations and CI read from the rds-postgres module.

output "address" {
  description = "Host name of the database."
  value       = aws_db_instance.this.address
}

output "port" {
  description = "Port of the database."
  value       = aws_db_instance.this.port
}

output "endpoint" {
  description = "host:port of the database."
  value       = aws_db_instance.this.endpoint
}

output "db_name" {
  description = "Database created on the instance."
  value       = aws_db_instance.this.db_name
}

output "master_user_secret_arn" {
  description = "Secrets Manager secret of the master user (migrations and administration only)."
  value       = try(aws_db_instance.this.master_user_secret[0].secret_arn, null)
}

output "iam_connect_arn_prefix" {
  description = "Prefix of the rds-db:connect resource; append \"/<database user>\" in a service's policy."
  value       = "arn:aws:rds-db:${split(":", aws_db_instance.this.arn)[3]}:${split(":", aws_db_instance.this.arn)[4]}:dbuser:${aws_db_instance.this.resource_id}"
}

output "security_group_id" {
  description = "Security group of the database."
  value       = aws_security_group.this.id
}

output "identifier" {
  description = "Identifier of the instance."
  value       = aws_db_instance.this.identifier
}
