# Inputs of the Azure static-hosting module: sites, redundancy and optional domain.

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

variable "sites" {
  description = "Static sites (micro-frontends) to host, e.g. [\"frontend-a\", \"frontend-b\"]."
  type        = list(string)

  validation {
    condition     = length(var.sites) > 0 && alltrue([for s in var.sites : can(regex("^[a-z][a-z0-9-]{1,30}$", s))])
    error_message = "sites must list 2-31 character names of lowercase letters, digits and dashes."
  }
}

variable "replication_type" {
  description = "Storage redundancy: LRS (dev) or ZRS (prod, survives a zone outage)."
  type        = string
  default     = "LRS"

  validation {
    condition     = contains(["LRS", "ZRS"], var.replication_type)
    error_message = "replication_type must be LRS or ZRS."
  }
}

variable "domain_name" {
  description = "DNS zone the sites are published under (site.<domain_name>) with Front Door managed certificates; null uses the azurefd.net endpoints only."
  type        = string
  default     = null

  validation {
    condition     = var.domain_name == null || can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "domain_name must be a lowercase DNS name such as dev.billpay.example.com."
  }
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
