# Inputs of the s3 module: one private, encrypted bucket with optional lifecycle rules.

variable "bucket_name" {
  description = "Globally unique bucket name (3-63 characters: lowercase letters, digits, dots and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name)) && !can(regex("\\.\\.", var.bucket_name))
    error_message = "bucket_name must be 3-63 lowercase letters, digits, dots or dashes, starting and ending with a letter or digit."
  }
}

variable "versioning_enabled" {
  description = "Keep previous versions of overwritten or deleted objects."
  type        = bool
  default     = true
}

variable "force_destroy" {
  description = "Allow the bucket to be destroyed while it still holds objects (only for throwaway environments)."
  type        = bool
  default     = false
}

variable "kms_key_arn" {
  description = "KMS key for server-side encryption; null uses S3-managed keys (SSE-S3)."
  type        = string
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN or null."
  }
}

variable "lifecycle_rules" {
  description = "Lifecycle rules, one per key prefix: expiry after a number of days and optional transitions to colder storage classes."
  type = list(object({
    id                         = string
    prefix                     = string
    expiration_days            = optional(number)
    noncurrent_expiration_days = optional(number, 30)
    transitions = optional(list(object({
      days          = number
      storage_class = string
    })), [])
  }))
  default = []

  validation {
    condition = alltrue([
      for rule in var.lifecycle_rules : alltrue([
        for t in rule.transitions : contains(["STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"], t.storage_class)
      ])
    ])
    error_message = "transitions[].storage_class must be one of STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE."
  }

  validation {
    condition     = alltrue([for rule in var.lifecycle_rules : rule.expiration_days == null ? true : rule.expiration_days >= 1])
    error_message = "lifecycle_rules[].expiration_days must be at least 1 when set."
  }
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
