# Common configuration of the s3-reports unit: the bucket the daily report function writes to; reports
# are kept a year.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/s3"
}

inputs = {
  bucket_name     = "${local.name}-reports-${get_aws_account_id()}"
  force_destroy   = local.env.environment != "prod"
  lifecycle_rules = [{ id = "reports", prefix = "reports/", expiration_days = 365, transitions = [{ days = 30, storage_class = "STANDARD_IA" }] }]
}
