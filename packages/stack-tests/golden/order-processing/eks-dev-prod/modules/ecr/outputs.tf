# Repository coordinates the CI/CD workflows and the catalog need.

output "repository_names" {
  description = "Repository name per service, e.g. { backend = \"billpay-core-dev/backend\" }."
  value       = { for k, r in aws_ecr_repository.this : k => r.name }
}

output "repository_urls" {
  description = "Repository URL per service, to tag and push images to."
  value       = { for k, r in aws_ecr_repository.this : k => r.repository_url }
}

output "repository_arns" {
  description = "Repository ARN per service, for IAM policies."
  value       = { for k, r in aws_ecr_repository.this : k => r.arn }
}

output "registry_id" {
  description = "AWS account ID of the registry."
  value       = try(values(aws_ecr_repository.this)[0].registry_id, null)
}
