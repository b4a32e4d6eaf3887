# Cloud resources of one ERP environment: the backup bucket, whose lifecycle rules enforce the retention
# (daily copies 30 days, weekly 12 weeks, monthly 12 months in Glacier), and the IAM user the cron
# container uploads with. Its access key is created by hand (see the runbook), so no secret lands in state.

data "aws_caller_identity" "current" {}

locals {
  name = "${var.project}-${var.environment}"
}

module "s3" {
  source = "../modules/s3"

  bucket_name        = "${local.name}-backups-${data.aws_caller_identity.current.account_id}"
  versioning_enabled = true

  lifecycle_rules = [
    { id = "daily", prefix = "daily/", expiration_days = 30, noncurrent_expiration_days = 7 },
    { id = "weekly", prefix = "weekly/", expiration_days = 84, noncurrent_expiration_days = 7 },
    { id = "monthly", prefix = "monthly/", expiration_days = 365, noncurrent_expiration_days = 7, transitions = [{ days = 0, storage_class = "GLACIER" }] },
  ]
}

resource "aws_iam_user" "backup_writer" {
  name = "${local.name}-backup-writer"
  path = "/erp/"
}

data "aws_iam_policy_document" "backup_writer" {
  statement {
    sid       = "ListBackups"
    actions   = ["s3:ListBucket"]
    resources = [module.s3.bucket_arn]
  }

  statement {
    sid       = "WriteAndPruneBackups"
    actions   = ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"]
    resources = ["${module.s3.bucket_arn}/*"]
  }
}

resource "aws_iam_user_policy" "backup_writer" {
  name   = "backups"
  user   = aws_iam_user.backup_writer.name
  policy = data.aws_iam_policy_document.backup_writer.json
}
