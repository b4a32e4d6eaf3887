# Inputs of the root composition; environments/<env>/terraform.tfvars sets them for each environment.

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
  description = "AWS region of the environment."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must be a region name such as us-east-1."
  }
}

variable "vpc_cidr" {
  description = "Address range of the environment's VPC."
  type        = string

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && endswith(var.vpc_cidr, "/16")
    error_message = "vpc_cidr must be a /16 CIDR block (the networking module carves /24 and /20 subnets from it)."
  }
}

variable "instance_type" {
  description = "EC2 instance type of the web servers."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must be an EC2 instance type such as t3.small."
  }
}

variable "web_min_size" {
  description = "Fewest web servers."
  type        = number

  validation {
    condition     = var.web_min_size >= 1 && var.web_min_size <= 10
    error_message = "web_min_size must be between 1 and 10."
  }
}

variable "web_max_size" {
  description = "Most web servers; raised to web_min_size when lower."
  type        = number

  validation {
    condition     = var.web_max_size >= 1 && var.web_max_size <= 20
    error_message = "web_max_size must be between 1 and 20."
  }
}

variable "db_name" {
  description = "Name of the application schema."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{2,63}$", var.db_name))
    error_message = "db_name must be 3-64 lowercase letters, digits or underscores, starting with a letter."
  }
}

variable "db_user" {
  description = "Master user of the database; RDS generates its password in Secrets Manager."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{2,31}$", var.db_user))
    error_message = "db_user must be 3-32 lowercase letters, digits or underscores, starting with a letter."
  }
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.db_instance_class))
    error_message = "db_instance_class must look like db.t4g.small."
  }
}

variable "db_multi_az" {
  description = "Keep a standby database in a second availability zone."
  type        = bool
  default     = false
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS on the load balancer; null serves HTTP only."
  type        = string
  default     = null
}

variable "protect_from_deletion" {
  description = "Deletion protection on the load balancer and the database, and a final database snapshot."
  type        = bool
  default     = false
}
