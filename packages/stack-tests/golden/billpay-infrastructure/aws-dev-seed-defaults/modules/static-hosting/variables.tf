# Inputs of the AWS static-hosting module: which sites to serve and, optionally, under which domain.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "sites" {
  description = "Static sites (micro-frontends) to host, e.g. [\"frontend-a\", \"frontend-b\"]. Each gets a bucket and a distribution."
  type        = list(string)

  validation {
    condition     = length(var.sites) > 0 && alltrue([for s in var.sites : can(regex("^[a-z][a-z0-9-]{1,30}$", s))])
    error_message = "sites must list 2-31 character names of lowercase letters, digits and dashes."
  }
}

variable "domain_name" {
  description = "DNS zone the sites are published under (site.<domain_name>); null serves them on the CloudFront domain only. A public Route 53 zone and a wildcard ACM certificate are created for it."
  type        = string
  default     = null

  validation {
    condition     = var.domain_name == null || can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "domain_name must be a lowercase DNS name such as dev.billpay.example.com."
  }
}

variable "price_class" {
  description = "CloudFront price class: which edge locations serve the sites."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "noncurrent_version_days" {
  description = "Days old object versions are kept, so a bad release can be rolled back."
  type        = number
  default     = 30

  validation {
    condition     = var.noncurrent_version_days >= 1 && var.noncurrent_version_days <= 365
    error_message = "noncurrent_version_days must be between 1 and 365."
  }
}

variable "force_destroy" {
  description = "Allow destroying buckets that still hold objects. Keep false outside throwaway environments."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
