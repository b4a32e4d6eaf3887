# Inputs of the Azure resource-group module.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "location" {
  description = "Azure region, e.g. eastus."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+[a-z0-9]*$", var.location))
    error_message = "location must be an Azure region name such as eastus or brazilsouth."
  }
}

variable "lock" {
  description = "Put a CanNotDelete lock on the group, so nothing in it can be deleted until the lock is removed (on in prod)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
