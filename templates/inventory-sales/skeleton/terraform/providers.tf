# The AWS provider of the composition: one region per environment, and tags every resource carries so
# Ansible's inventory, Prometheus and cost reports can find them.
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
