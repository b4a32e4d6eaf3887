# Inputs of the OCI cluster module: version, cluster type, node shape and placement.

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

variable "kubernetes_version" {
  description = "Kubernetes minor version, e.g. 1.31; the module maps it to the OKE release it runs."
  type        = string

  validation {
    condition     = contains(["1.29", "1.30", "1.31"], var.kubernetes_version)
    error_message = "kubernetes_version must be one of 1.29, 1.30 or 1.31."
  }
}

variable "oke_versions" {
  description = "OKE release used for each Kubernetes minor version; update when Oracle publishes new patches."
  type        = map(string)
  default = {
    "1.29" = "v1.29.1"
    "1.30" = "v1.30.1"
    "1.31" = "v1.31.1"
  }
}

variable "cluster_type" {
  description = "BASIC_CLUSTER (free control plane, dev) or ENHANCED_CLUSTER (SLA and add-ons, prod)."
  type        = string
  default     = "BASIC_CLUSTER"

  validation {
    condition     = contains(["BASIC_CLUSTER", "ENHANCED_CLUSTER"], var.cluster_type)
    error_message = "cluster_type must be BASIC_CLUSTER or ENHANCED_CLUSTER."
  }
}

variable "vcn_id" {
  description = "VCN of the cluster (networking module output vcn_id)."
  type        = string
}

variable "api_subnet_id" {
  description = "Subnet of the Kubernetes API endpoint (networking module output api_subnet_id)."
  type        = string
}

variable "lb_subnet_id" {
  description = "Subnet for Kubernetes load balancers (networking module output lb_subnet_id)."
  type        = string
}

variable "workers_subnet_id" {
  description = "Private subnet of the worker nodes (networking module output workers_subnet_id)."
  type        = string
}

variable "node_shape" {
  description = "Flexible VM shape of the workers, e.g. VM.Standard.E4.Flex."
  type        = string

  validation {
    condition     = can(regex("^VM\\.[A-Za-z0-9.]+\\.Flex$", var.node_shape))
    error_message = "node_shape must be a flexible VM shape such as VM.Standard.E4.Flex."
  }
}

variable "node_ocpus" {
  description = "OCPUs per worker node."
  type        = number
  default     = 2

  validation {
    condition     = var.node_ocpus >= 1 && var.node_ocpus <= 16
    error_message = "node_ocpus must be between 1 and 16."
  }
}

variable "node_memory_gbs" {
  description = "Memory in GB per worker node."
  type        = number
  default     = 16

  validation {
    condition     = var.node_memory_gbs >= 2 && var.node_memory_gbs <= 256
    error_message = "node_memory_gbs must be between 2 and 256."
  }
}

variable "node_count" {
  description = "Worker nodes in the pool, spread over the availability domains."
  type        = number

  validation {
    condition     = var.node_count >= 1 && var.node_count <= 50
    error_message = "node_count must be between 1 and 50."
  }
}

variable "node_image_id" {
  description = "OCID of the worker image; null picks the newest Oracle Linux 8 OKE image for the version."
  type        = string
  default     = null
}

variable "tags" {
  description = "Free-form tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
