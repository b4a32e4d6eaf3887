# Inputs of the AWS networking module: the VPC range, how many zones to span and the NAT layout.

variable "name" {
  description = "Prefix for every resource name, e.g. billpay-core-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,48}$", var.name))
    error_message = "name must start with a letter and hold 3-49 lowercase letters, digits or dashes."
  }
}

variable "cidr" {
  description = "IPv4 range of the VPC. Public subnets take /24 blocks at its start, private subnets /20 blocks after them."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && try(tonumber(split("/", var.cidr)[1]) <= 16, false)
    error_message = "cidr must be a valid IPv4 range of size /16 or larger, e.g. 10.0.0.0/16."
  }
}

variable "az_count" {
  description = "Number of availability zones to spread the subnets over."
  type        = number
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "az_count must be 2 or 3: EKS needs subnets in at least two zones."
  }
}

variable "single_nat_gateway" {
  description = "Use one NAT gateway for every private subnet (cheaper, dev) instead of one per zone (highly available, prod)."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to every resource; must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
