# Inputs of the Azure cluster module: version, node pool size, placement and registry access.

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

variable "kubernetes_version" {
  description = "Kubernetes minor version, e.g. 1.31 (AKS picks the latest patch)."
  type        = string

  validation {
    condition     = contains(["1.29", "1.30", "1.31"], var.kubernetes_version)
    error_message = "kubernetes_version must be one of 1.29, 1.30 or 1.31."
  }
}

variable "sku_tier" {
  description = "AKS control-plane tier: Free (no SLA, dev) or Standard (financially backed SLA, prod)."
  type        = string
  default     = "Free"

  validation {
    condition     = contains(["Free", "Standard"], var.sku_tier)
    error_message = "sku_tier must be Free or Standard."
  }
}

variable "node_subnet_id" {
  description = "Subnet for the nodes, with the NAT gateway attached (networking module output node_subnet_id)."
  type        = string
}

variable "node_vm_size" {
  description = "VM size of the nodes, e.g. Standard_D2s_v5."
  type        = string

  validation {
    condition     = can(regex("^Standard_[A-Za-z0-9_]+$", var.node_vm_size))
    error_message = "node_vm_size must be an Azure VM size such as Standard_D2s_v5."
  }
}

variable "node_min_size" {
  description = "Fewest nodes the autoscaler keeps."
  type        = number

  validation {
    condition     = var.node_min_size >= 1 && var.node_min_size <= 20
    error_message = "node_min_size must be between 1 and 20."
  }
}

variable "node_desired_size" {
  description = "Nodes started with; between node_min_size and node_max_size."
  type        = number

  validation {
    condition     = var.node_desired_size >= 1 && var.node_desired_size <= 50
    error_message = "node_desired_size must be between 1 and 50."
  }
}

variable "node_max_size" {
  description = "Most nodes the autoscaler adds."
  type        = number

  validation {
    condition     = var.node_max_size >= 1 && var.node_max_size <= 50
    error_message = "node_max_size must be between 1 and 50."
  }
}

variable "node_disk_size" {
  description = "OS disk size in GB of each node (managed disk, encrypted at rest)."
  type        = number
  default     = 64

  validation {
    condition     = var.node_disk_size >= 30 && var.node_disk_size <= 1024
    error_message = "node_disk_size must be between 30 and 1024 GB."
  }
}

variable "zones" {
  description = "Availability zones of the nodes, e.g. [\"1\", \"2\", \"3\"] in prod; empty places them without zones."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for z in var.zones : contains(["1", "2", "3"], z)])
    error_message = "zones may only hold \"1\", \"2\" and \"3\"."
  }
}

variable "container_registry_id" {
  description = "ACR the nodes pull from (registry module output id); null grants nothing."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
