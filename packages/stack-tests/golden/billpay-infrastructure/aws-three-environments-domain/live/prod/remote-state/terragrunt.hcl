# State storage of this environment: adopts the S3 bucket and DynamoDB lock table Terragrunt
# created on the first run and keeps their encryption, versioning and protection in code.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/remote-state"
}

inputs = {
  bucket_name         = include.root.locals.state_bucket
  lock_table_name     = include.root.locals.state_lock_table
  deletion_protection = include.root.locals.env.deletion_protection
}
