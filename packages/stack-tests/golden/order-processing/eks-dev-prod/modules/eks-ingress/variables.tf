# Inputs of the eks-ingress module: the internal load balancer in front of the services of an EKS cluster.

variable "name" {
  description = "Name of the load balancer and prefix of its security group (at most 32 characters, as AWS allows for load balancers)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$", var.name))
    error_message = "name must be 2-32 lowercase letters, digits or dashes, without a dash at either end."
  }
}

variable "vpc_id" {
  description = "VPC of the cluster."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets of the load balancer, in at least two zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least two subnet ids (subnet-...) in different zones."
  }
}

variable "node_security_group_id" {
  description = "Security group of the cluster's nodes (eks module output node_security_group_id); it gets a rule admitting the load balancer on the node port range."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-f]{8,17}$", var.node_security_group_id))
    error_message = "node_security_group_id must look like sg-0123456789abcdef0."
  }
}

variable "allowed_cidr_blocks" {
  description = "Networks allowed to call the load balancer on port 80 (e.g. the VPC, where the API gateway's VPC link sits)."
  type        = list(string)

  validation {
    condition     = length(var.allowed_cidr_blocks) > 0 && alltrue([for c in var.allowed_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "allowed_cidr_blocks must hold at least one CIDR block."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer until this is turned off (on in production)."
  type        = bool
  default     = false
}

variable "alarm_topic_arn" {
  description = "SNS topic the alarm on the load balancer's own 5xx answers notifies; null creates no alarm."
  type        = string
  default     = null
}
