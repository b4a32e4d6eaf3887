# Inputs of the OCI static-hosting module: which sites get a bucket.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "compartment_id" {
  description = "OCID of the compartment that holds the environment."
  type        = string

  validation {
    condition     = can(regex("^ocid1\\.(compartment|tenancy)\\.", var.compartment_id))
    error_message = "compartment_id must be a compartment OCID (ocid1.compartment.oc1..…)."
  }
}

variable "sites" {
  description = "Static sites (micro-frontends) to store, e.g. [\"frontend-a\", \"frontend-b\"]."
  type        = list(string)

  validation {
    condition     = length(var.sites) > 0 && alltrue([for s in var.sites : can(regex("^[a-z][a-z0-9-]{1,30}$", s))])
    error_message = "sites must list 2-31 character names of lowercase letters, digits and dashes."
  }
}

variable "kms_key_id" {
  description = "OCID of a Vault key to encrypt the buckets with; null keeps Oracle-managed encryption."
  type        = string
  default     = null
}

variable "tags" {
  description = "Free-form tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
