# Inputs of the OCI networking module: compartment, address range and API access.

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

variable "cidr" {
  description = "IPv4 range of the VCN."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && try(tonumber(split("/", var.cidr)[1]) <= 16, false)
    error_message = "cidr must be a valid IPv4 range of size /16 or larger, e.g. 10.0.0.0/16."
  }
}

variable "api_allowed_cidrs" {
  description = "IPv4 ranges allowed to reach the public Kubernetes API endpoint on port 6443."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for c in var.api_allowed_cidrs : can(cidrhost(c, 0))])
    error_message = "api_allowed_cidrs must hold IPv4 ranges such as 203.0.113.0/24."
  }
}

variable "tags" {
  description = "Free-form tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
