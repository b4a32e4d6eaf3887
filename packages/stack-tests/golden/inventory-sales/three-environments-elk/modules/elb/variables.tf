# Inputs of the elb module: an Application Load Balancer in front of one web target group.

variable "name" {
  description = "Name of the load balancer and prefix of its target group (at most 28 characters)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,27}$", var.name)) && !endswith(var.name, "-")
    error_message = "name must be 2-28 lowercase letters, digits or dashes, starting with a letter and not ending with a dash."
  }
}

variable "vpc_id" {
  description = "VPC of the load balancer and its targets."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Public subnets (at least two availability zones) the load balancer listens in."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least two subnet ids (subnet-...)."
  }
}

variable "ingress_cidr_blocks" {
  description = "Client networks allowed to reach the listeners."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for c in var.ingress_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Every entry must be a CIDR block."
  }
}

variable "certificate_arn" {
  description = "ACM certificate for the HTTPS listener; null serves plain HTTP only (development)."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[0-9a-f-]+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN or null."
  }
}

variable "ssl_policy" {
  description = "TLS negotiation policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "target_port" {
  description = "Port the targets serve HTTP on."
  type        = number
  default     = 80

  validation {
    condition     = var.target_port > 0 && var.target_port < 65536
    error_message = "target_port must be a TCP port number."
  }
}

variable "health_check_path" {
  description = "Path the load balancer probes on every target."
  type        = string
  default     = "/"

  validation {
    condition     = can(regex("^/[A-Za-z0-9/._-]*$", var.health_check_path))
    error_message = "health_check_path must be an absolute URL path."
  }
}

variable "idle_timeout" {
  description = "Seconds an idle connection stays open."
  type        = number
  default     = 60

  validation {
    condition     = var.idle_timeout >= 1 && var.idle_timeout <= 4000
    error_message = "idle_timeout must be between 1 and 4000 seconds."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer (production)."
  type        = bool
  default     = false
}

variable "access_logs_bucket" {
  description = "Bucket for access logs (its policy must admit the regional ELB account); null disables them."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
