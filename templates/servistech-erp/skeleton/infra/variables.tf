# Inputs of the ERP's cloud resources; environments/<env>/terraform.tfvars sets them.

variable "project" {
  description = "System name, prefix of every resource name."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.project))
    error_message = "project must be 3-31 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "environment" {
  description = "Environment this state describes."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "owner" {
  description = "Team that owns the resources (a catalog reference), written as their owner tag."
  type        = string
}

variable "cost_center" {
  description = "Cost center the resources are billed to, written as their cost-center tag."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,30}$", var.cost_center))
    error_message = "cost_center must be 2-31 lowercase letters, digits or dashes."
  }
}

variable "aws_region" {
  description = "AWS region of the backup bucket."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must be a region name such as us-east-1."
  }
}
