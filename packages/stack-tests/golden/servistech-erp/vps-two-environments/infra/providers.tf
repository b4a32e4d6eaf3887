# The AWS provider for the backup resources, tagging everything with the system, environment, owner
# and cost center.
provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      Project       = var.project
      environment   = var.environment
      owner         = var.owner
      "cost-center" = var.cost_center
      ManagedBy     = "opentofu"
    }
  }
}
