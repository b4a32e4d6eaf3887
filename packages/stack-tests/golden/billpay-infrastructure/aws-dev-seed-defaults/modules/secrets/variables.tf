# Inputs of the AWS secrets module: which secret containers to create. Values never pass
# through this module: they are written to Secrets Manager by the service owners.

variable "name" {
  description = "Path prefix of the secret names; each secret is <name>/<secret>, e.g. billpay/core/dev/backend."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9/-]{2,200}$", var.name))
    error_message = "name must start with a letter and hold lowercase letters, digits, dashes or slashes."
  }
}

variable "secrets" {
  description = "Secrets to create, keyed by short name, with a description of what goes in them."
  type = map(object({
    description = string
  }))

  validation {
    condition     = alltrue([for k in keys(var.secrets) : can(regex("^[a-z][a-z0-9-]{1,60}$", k))])
    error_message = "secret keys must be 2-61 characters of lowercase letters, digits and dashes."
  }
}

variable "recovery_window_in_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once; use 30 in prod)."
  type        = number
  default     = 7

  validation {
    condition     = var.recovery_window_in_days == 0 || (var.recovery_window_in_days >= 7 && var.recovery_window_in_days <= 30)
    error_message = "recovery_window_in_days must be 0 or between 7 and 30."
  }
}

variable "kms_key_id" {
  description = "KMS key to encrypt the secrets with; null uses the aws/secretsmanager key."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
