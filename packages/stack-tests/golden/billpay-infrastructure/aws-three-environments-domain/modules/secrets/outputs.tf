# Secret coordinates for the services (they read values at runtime, never at deploy time).

output "secret_arns" {
  description = "Secret ARN per key."
  value       = { for k, s in aws_secretsmanager_secret.this : k => s.arn }
}

output "secret_names" {
  description = "Secret name per key, e.g. { backend = \"billpay/core/dev/backend\" }."
  value       = { for k, s in aws_secretsmanager_secret.this : k => s.name }
}

output "read_policy_arns" {
  description = "IAM policy per key that allows reading that secret only."
  value       = { for k, p in aws_iam_policy.read : k => p.arn }
}
