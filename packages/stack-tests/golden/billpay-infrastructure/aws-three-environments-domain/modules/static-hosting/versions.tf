# Tool and provider minimums for the AWS static-hosting module. CloudFront only accepts ACM
# certificates from us-east-1, so the caller passes a second AWS provider aliased us_east_1.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5.40, < 6.0"
      configuration_aliases = [aws.us_east_1]
    }
  }
}
