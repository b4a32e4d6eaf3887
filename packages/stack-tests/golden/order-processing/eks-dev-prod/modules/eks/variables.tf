# Inputs of the AWS EKS module: cluster version and network placement, node group size, access.

variable "name" {
  description = "Cluster name, also the prefix of its IAM roles, security groups and key, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane and nodes, e.g. 1.31."
  type        = string

  validation {
    condition     = contains(["1.29", "1.30", "1.31"], var.kubernetes_version)
    error_message = "kubernetes_version must be one of 1.29, 1.30 or 1.31."
  }
}

variable "vpc_id" {
  description = "ID of the VPC the cluster runs in (networking module output vpc_id)."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets for the control-plane network interfaces and the nodes, in at least two zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must hold at least two subnets in different availability zones."
  }
}

variable "node_instance_types" {
  description = "EC2 instance types of the managed node group, first choice first, e.g. [\"t3.medium\"]."
  type        = list(string)

  validation {
    condition     = length(var.node_instance_types) > 0 && alltrue([for t in var.node_instance_types : can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", t))])
    error_message = "node_instance_types must list EC2 instance types such as t3.medium or m5.large."
  }
}

variable "node_min_size" {
  description = "Smallest number of nodes the group may scale down to."
  type        = number

  validation {
    condition     = var.node_min_size >= 1 && var.node_min_size <= 20
    error_message = "node_min_size must be between 1 and 20."
  }
}

variable "node_desired_size" {
  description = "Number of nodes started with; must lie between node_min_size and node_max_size."
  type        = number

  validation {
    condition     = var.node_desired_size >= 1 && var.node_desired_size <= 50
    error_message = "node_desired_size must be between 1 and 50."
  }
}

variable "node_max_size" {
  description = "Largest number of nodes the group may scale up to."
  type        = number

  validation {
    condition     = var.node_max_size >= 1 && var.node_max_size <= 50
    error_message = "node_max_size must be between 1 and 50."
  }
}

variable "node_disk_size" {
  description = "Size in GiB of each node's encrypted gp3 root volume."
  type        = number
  default     = 20

  validation {
    condition     = var.node_disk_size >= 20 && var.node_disk_size <= 500
    error_message = "node_disk_size must be between 20 and 500 GiB."
  }
}

variable "endpoint_public_access" {
  description = "Expose the Kubernetes API on a public endpoint (restricted by endpoint_public_access_cidrs). The private endpoint is always on."
  type        = bool
  default     = true
}

variable "endpoint_public_access_cidrs" {
  description = "IPv4 ranges allowed to reach the public API endpoint."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for c in var.endpoint_public_access_cidrs : can(cidrhost(c, 0))])
    error_message = "endpoint_public_access_cidrs must hold IPv4 ranges such as 203.0.113.0/24."
  }
}

variable "enabled_log_types" {
  description = "Control-plane log types sent to CloudWatch."
  type        = list(string)
  default     = ["api", "audit", "authenticator"]

  validation {
    condition     = alltrue([for t in var.enabled_log_types : contains(["api", "audit", "authenticator", "controllerManager", "scheduler"], t)])
    error_message = "enabled_log_types may only hold api, audit, authenticator, controllerManager and scheduler."
  }
}

variable "log_retention_days" {
  description = "Days the control-plane log group keeps its events."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value such as 7, 14, 30, 90 or 365."
  }
}

variable "deploy_role_arns" {
  description = "IAM roles (e.g. the application CI/CD roles) granted edit access to deploy_namespaces through EKS access entries."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.deploy_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", a))])
    error_message = "deploy_role_arns must hold IAM role ARNs such as arn:aws:iam::123456789012:role/billpay-deploy."
  }
}

variable "deploy_namespaces" {
  description = "Kubernetes namespaces the deploy roles may change, e.g. [\"billpay-dev\"]."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
