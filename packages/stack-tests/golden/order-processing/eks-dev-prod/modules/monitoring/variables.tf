# Inputs of the AWS monitoring module: what to watch and how long to keep logs.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "services" {
  description = "BillPay services that get an application log group, e.g. [\"backend\", \"frontend-a\"]."
  type        = list(string)
  default     = []
}

variable "node_autoscaling_group_names" {
  description = "Auto Scaling groups of the EKS nodes (eks module output node_autoscaling_group_names)."
  type        = list(string)
  default     = []
}

variable "nat_gateway_ids" {
  description = "NAT gateways to watch for dropped connections (networking module output nat_gateway_ids)."
  type        = list(string)
  default     = []
}

variable "node_cpu_threshold" {
  description = "Average node CPU percentage that raises the alarm."
  type        = number
  default     = 80

  validation {
    condition     = var.node_cpu_threshold > 0 && var.node_cpu_threshold <= 100
    error_message = "node_cpu_threshold must be a percentage between 1 and 100."
  }
}

variable "log_retention_days" {
  description = "Days the application log groups keep their events."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value such as 7, 14, 30, 90 or 365."
  }
}

variable "kms_key_arn" {
  description = "KMS key for the log groups; null keeps CloudWatch's own encryption at rest."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
