# Inputs of the GCP cluster module: placement, version, node pool size and protection.

variable "name" {
  description = "Cluster name, also the prefix of its node pool and service account, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,39}$", var.name))
    error_message = "name must start with a letter and hold 3-40 lowercase letters, digits or dashes (GKE limit)."
  }
}

variable "project_id" {
  description = "Google Cloud project of the cluster."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a Google Cloud project ID: 6-30 lowercase letters, digits or dashes."
  }
}

variable "region" {
  description = "Region of the (regional) control plane, e.g. us-central1."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must be a Google Cloud region such as us-central1."
  }
}

variable "zone_count" {
  description = "Zones the nodes spread over: 1 keeps dev small, 2 or 3 make prod survive a zone outage."
  type        = number
  default     = 1

  validation {
    condition     = var.zone_count >= 1 && var.zone_count <= 3
    error_message = "zone_count must be 1, 2 or 3."
  }
}

variable "network_id" {
  description = "VPC network of the cluster (networking module output network_id)."
  type        = string
}

variable "subnetwork_id" {
  description = "Node subnet (networking module output subnetwork_id)."
  type        = string
}

variable "pods_range_name" {
  description = "Secondary range for pods (networking module output pods_range_name)."
  type        = string
}

variable "services_range_name" {
  description = "Secondary range for services (networking module output services_range_name)."
  type        = string
}

variable "kubernetes_version" {
  description = "Minimum Kubernetes minor version of the control plane, e.g. 1.31."
  type        = string

  validation {
    condition     = contains(["1.29", "1.30", "1.31"], var.kubernetes_version)
    error_message = "kubernetes_version must be one of 1.29, 1.30 or 1.31."
  }
}

variable "release_channel" {
  description = "GKE release channel that drives automatic upgrades."
  type        = string
  default     = "REGULAR"

  validation {
    condition     = contains(["RAPID", "REGULAR", "STABLE"], var.release_channel)
    error_message = "release_channel must be RAPID, REGULAR or STABLE."
  }
}

variable "node_machine_type" {
  description = "Machine type of the nodes, e.g. e2-standard-2."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*-[a-z]+-[0-9]+$|^e2-(micro|small|medium)$", var.node_machine_type))
    error_message = "node_machine_type must be a Compute Engine machine type such as e2-standard-2."
  }
}

variable "node_min_size" {
  description = "Fewest nodes in the pool, over all zones."
  type        = number

  validation {
    condition     = var.node_min_size >= 1 && var.node_min_size <= 20
    error_message = "node_min_size must be between 1 and 20."
  }
}

variable "node_desired_size" {
  description = "Nodes started with, over all zones; between node_min_size and node_max_size."
  type        = number

  validation {
    condition     = var.node_desired_size >= 1 && var.node_desired_size <= 50
    error_message = "node_desired_size must be between 1 and 50."
  }
}

variable "node_max_size" {
  description = "Most nodes in the pool, over all zones."
  type        = number

  validation {
    condition     = var.node_max_size >= 1 && var.node_max_size <= 50
    error_message = "node_max_size must be between 1 and 50."
  }
}

variable "node_disk_size" {
  description = "Boot disk size in GB of each node (pd-balanced, encrypted at rest)."
  type        = number
  default     = 30

  validation {
    condition     = var.node_disk_size >= 20 && var.node_disk_size <= 500
    error_message = "node_disk_size must be between 20 and 500 GB."
  }
}

variable "master_ipv4_cidr_block" {
  description = "/28 range for the control plane's private endpoint."
  type        = string
  default     = "172.16.0.0/28"

  validation {
    condition     = can(cidrhost(var.master_ipv4_cidr_block, 0)) && endswith(var.master_ipv4_cidr_block, "/28")
    error_message = "master_ipv4_cidr_block must be a /28 IPv4 range such as 172.16.0.0/28."
  }
}

variable "master_authorized_cidrs" {
  description = "Ranges allowed to reach the public control-plane endpoint; empty allows any (still authenticated)."
  type = list(object({
    cidr_block   = string
    display_name = string
  }))
  default = []
}

variable "deletion_protection" {
  description = "Refuse to destroy the cluster (on in prod)."
  type        = bool
  default     = true
}

variable "labels" {
  description = "Labels on the cluster and its nodes; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
