# Inputs of the AWS ECR module: which repositories to create and how long images are kept.

variable "name" {
  description = "Prefix of the repository names; each repository is <name>/<repository>, e.g. billpay-core-dev/backend."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "repositories" {
  description = "Repositories to create, one per BillPay service, e.g. [\"backend\", \"frontend-a\"]."
  type        = list(string)

  validation {
    condition     = length(var.repositories) > 0 && alltrue([for r in var.repositories : can(regex("^[a-z][a-z0-9-]{1,39}$", r))])
    error_message = "repositories must list 2-40 character names of lowercase letters, digits and dashes."
  }
}

variable "image_tag_mutability" {
  description = "IMMUTABLE keeps a pushed tag pointing at the same image forever (tags are git SHAs); MUTABLE allows re-tagging."
  type        = string
  default     = "IMMUTABLE"

  validation {
    condition     = contains(["IMMUTABLE", "MUTABLE"], var.image_tag_mutability)
    error_message = "image_tag_mutability must be IMMUTABLE or MUTABLE."
  }
}

variable "max_tagged_images" {
  description = "Tagged images kept per repository; older ones are expired by the lifecycle policy."
  type        = number
  default     = 30

  validation {
    condition     = var.max_tagged_images >= 1 && var.max_tagged_images <= 1000
    error_message = "max_tagged_images must be between 1 and 1000."
  }
}

variable "untagged_image_days" {
  description = "Days an untagged image (an overwritten layer set) is kept before it expires."
  type        = number
  default     = 7

  validation {
    condition     = var.untagged_image_days >= 1 && var.untagged_image_days <= 365
    error_message = "untagged_image_days must be between 1 and 365."
  }
}

variable "kms_key_arn" {
  description = "KMS key to encrypt images with; null uses the AES-256 encryption ECR manages."
  type        = string
  default     = null
}

variable "force_delete" {
  description = "Allow destroying a repository that still holds images. Keep false outside throwaway environments."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
