# Inputs of the Azure networking module: address range and placement.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "resource_group_name" {
  description = "Resource group of the environment (resource-group module output name)."
  type        = string
}

variable "location" {
  description = "Azure region, e.g. eastus."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+[a-z0-9]*$", var.location))
    error_message = "location must be an Azure region name such as eastus or brazilsouth."
  }
}

variable "cidr" {
  description = "Address space of the virtual network; the node subnet takes the first /20."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && try(tonumber(split("/", var.cidr)[1]) <= 16, false)
    error_message = "cidr must be a valid IPv4 range of size /16 or larger, e.g. 10.0.0.0/16."
  }
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
