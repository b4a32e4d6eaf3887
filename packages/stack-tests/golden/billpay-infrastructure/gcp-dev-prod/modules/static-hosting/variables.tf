# Inputs of the GCP static-hosting module: which sites to serve and, optionally, their domain.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,39}$", var.name))
    error_message = "name must start with a letter and hold 3-40 lowercase letters, digits or dashes."
  }
}

variable "project_id" {
  description = "Google Cloud project of the buckets and load balancers."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a Google Cloud project ID: 6-30 lowercase letters, digits or dashes."
  }
}

variable "bucket_location" {
  description = "Location of the buckets: a region such as us-central1 or a multi-region such as US."
  type        = string
}

variable "sites" {
  description = "Static sites (micro-frontends) to host, e.g. [\"frontend-a\", \"frontend-b\"]."
  type        = list(string)

  validation {
    condition     = length(var.sites) > 0 && alltrue([for s in var.sites : can(regex("^[a-z][a-z0-9-]{1,13}$", s))])
    error_message = "sites must list 2-14 character names of lowercase letters, digits and dashes."
  }
}

variable "domain_name" {
  description = "DNS zone the sites are published under (site.<domain_name>) with Google-managed certificates; null serves them over HTTP on the load balancer IP only."
  type        = string
  default     = null

  validation {
    condition     = var.domain_name == null || can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "domain_name must be a lowercase DNS name such as dev.billpay.example.com."
  }
}

variable "force_destroy" {
  description = "Allow destroying buckets that still hold objects. Keep false outside throwaway environments."
  type        = bool
  default     = false
}

variable "labels" {
  description = "Labels on every bucket; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
