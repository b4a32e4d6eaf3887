# Outputs of one ERP environment: the bucket for BACKUP_BUCKET in .env and the user to create a key for.

output "backup_bucket" {
  description = "Bucket the cron container uploads backups to (BACKUP_BUCKET)."
  value       = module.s3.bucket_id
}

output "backup_writer_user" {
  description = "IAM user whose access key goes into .env (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)."
  value       = aws_iam_user.backup_writer.name
}

output "s3" {
  description = "All outputs of the s3 module."
  value       = module.s3
}
