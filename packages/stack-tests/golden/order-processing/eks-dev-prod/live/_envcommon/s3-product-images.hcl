# Common configuration of the s3-product-images unit: product pictures uploaded through the product
# service.
locals {
  common = read_terragrunt_config(find_in_parent_folders("common.hcl")).locals
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  name   = "${local.common.project}-${local.env.environment}"
}

terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}//modules/s3"
}

inputs = {
  bucket_name   = "${local.name}-product-images-${get_aws_account_id()}"
  force_destroy = local.env.environment != "prod"
}
