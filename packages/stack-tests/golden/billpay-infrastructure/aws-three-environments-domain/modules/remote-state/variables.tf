# Inputs of the AWS remote-state module: the names Terragrunt's root.hcl uses for the state
# bucket and the lock table.

variable "bucket_name" {
  description = "Name of the S3 bucket holding the OpenTofu state of this environment (as in root.hcl)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be a valid S3 bucket name: 3-63 lowercase letters, digits, dots or dashes."
  }
}

variable "lock_table_name" {
  description = "Name of the DynamoDB table holding the state locks (as in root.hcl)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9_.-]{3,255}$", var.lock_table_name))
    error_message = "lock_table_name must be 3-255 letters, digits, underscores, dots or dashes."
  }
}

variable "noncurrent_version_days" {
  description = "Days old state versions are kept, to recover from a bad apply."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_days >= 7
    error_message = "noncurrent_version_days must be at least 7."
  }
}

variable "deletion_protection" {
  description = "Protect the lock table against deletion (on in prod)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
