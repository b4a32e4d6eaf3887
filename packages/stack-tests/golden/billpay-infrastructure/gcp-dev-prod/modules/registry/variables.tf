# Inputs of the GCP registry module: one Docker repository per BillPay service.

variable "name" {
  description = "Prefix of the repository IDs; each is <name>-<repository>, e.g. billpay-core-dev-backend."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "project_id" {
  description = "Google Cloud project of the repositories."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a Google Cloud project ID: 6-30 lowercase letters, digits or dashes."
  }
}

variable "region" {
  description = "Region of the repositories (same as the cluster, so pulls stay regional)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must be a Google Cloud region such as us-central1."
  }
}

variable "repositories" {
  description = "Repositories to create, one per BillPay service, e.g. [\"backend\", \"frontend-a\"]."
  type        = list(string)

  validation {
    condition     = length(var.repositories) > 0 && alltrue([for r in var.repositories : can(regex("^[a-z][a-z0-9-]{1,13}$", r))])
    error_message = "repositories must list 2-14 character names of lowercase letters, digits and dashes."
  }
}

variable "max_tagged_images" {
  description = "Most recent image versions kept per repository by the cleanup policy."
  type        = number
  default     = 30

  validation {
    condition     = var.max_tagged_images >= 1 && var.max_tagged_images <= 1000
    error_message = "max_tagged_images must be between 1 and 1000."
  }
}

variable "untagged_image_days" {
  description = "Days an untagged image is kept before the cleanup policy deletes it."
  type        = number
  default     = 7

  validation {
    condition     = var.untagged_image_days >= 1 && var.untagged_image_days <= 365
    error_message = "untagged_image_days must be between 1 and 365."
  }
}

variable "labels" {
  description = "Labels on every repository; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
