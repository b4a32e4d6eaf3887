# Inputs of the GCP networking module: project, region and the address ranges of nodes, pods
# and services.

variable "name" {
  description = "Prefix of every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "project_id" {
  description = "Google Cloud project that holds the network."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a Google Cloud project ID: 6-30 lowercase letters, digits or dashes."
  }
}

variable "region" {
  description = "Region of the subnet and the Cloud NAT, e.g. us-central1."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must be a Google Cloud region such as us-central1."
  }
}

variable "subnet_cidr" {
  description = "Primary range of the node subnet."
  type        = string
  default     = "10.0.0.0/20"

  validation {
    condition     = can(cidrhost(var.subnet_cidr, 0))
    error_message = "subnet_cidr must be an IPv4 range such as 10.0.0.0/20."
  }
}

variable "pods_cidr" {
  description = "Secondary range for pod IPs (VPC-native GKE)."
  type        = string
  default     = "10.4.0.0/14"

  validation {
    condition     = can(cidrhost(var.pods_cidr, 0))
    error_message = "pods_cidr must be an IPv4 range such as 10.4.0.0/14."
  }
}

variable "services_cidr" {
  description = "Secondary range for Kubernetes service IPs."
  type        = string
  default     = "10.8.0.0/20"

  validation {
    condition     = can(cidrhost(var.services_cidr, 0))
    error_message = "services_cidr must be an IPv4 range such as 10.8.0.0/20."
  }
}
