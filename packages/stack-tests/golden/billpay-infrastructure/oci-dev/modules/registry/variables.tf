# Inputs of the OCI registry module: one OCIR repository per BillPay service.

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

variable "repositories" {
  description = "Repositories to create, one per BillPay service, e.g. [\"backend\", \"frontend-a\"]."
  type        = list(string)

  validation {
    condition     = length(var.repositories) > 0 && alltrue([for r in var.repositories : can(regex("^[a-z][a-z0-9-]{1,39}$", r))])
    error_message = "repositories must list 2-40 character names of lowercase letters, digits and dashes."
  }
}

variable "immutable" {
  description = "Refuse to overwrite a pushed tag (tags are git SHAs)."
  type        = bool
  default     = true
}
