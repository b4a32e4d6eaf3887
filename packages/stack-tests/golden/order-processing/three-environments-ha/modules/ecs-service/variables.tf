# Inputs of the ecs-service module: one microservice on Fargate with its own least-privilege task role.

variable "name" {
  description = "Service name, unique in the cluster (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2-31 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "cluster_arn" {
  description = "ECS cluster the service runs in."
  type        = string
}

variable "namespace_id" {
  description = "Cloud Map private DNS namespace the service registers in."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the tasks."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets of the tasks."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least one subnet id (subnet-...)."
  }
}

variable "image" {
  description = "Container image with tag, e.g. <account>.dkr.ecr.<region>.amazonaws.com/orders/order:1a2b3c4."
  type        = string

  validation {
    condition     = length(var.image) > 0 && !can(regex("\\s", var.image))
    error_message = "image must be an image reference without spaces."
  }
}

variable "container_port" {
  description = "Port the container serves HTTP on."
  type        = number
  default     = 8000

  validation {
    condition     = var.container_port > 0 && var.container_port < 65536
    error_message = "container_port must be a TCP port number."
  }
}

variable "cpu" {
  description = "Task CPU units (256 = 0.25 vCPU)."
  type        = number
  default     = 256

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096], var.cpu)
    error_message = "cpu must be 256, 512, 1024, 2048 or 4096."
  }
}

variable "memory" {
  description = "Task memory in MiB (must suit the CPU size, e.g. 512-2048 for 256 CPU)."
  type        = number
  default     = 512

  validation {
    condition     = var.memory >= 512 && var.memory <= 30720
    error_message = "memory must be between 512 and 30720 MiB."
  }
}

variable "desired_count" {
  description = "Tasks started; autoscaling moves it between min_count and max_count afterwards."
  type        = number
  default     = 1

  validation {
    condition     = var.desired_count >= 0 && var.desired_count <= 50
    error_message = "desired_count must be between 0 and 50."
  }
}

variable "min_count" {
  description = "Fewest tasks autoscaling keeps."
  type        = number
  default     = 1

  validation {
    condition     = var.min_count >= 0 && var.min_count <= 50
    error_message = "min_count must be between 0 and 50."
  }
}

variable "max_count" {
  description = "Most tasks autoscaling starts."
  type        = number
  default     = 4

  validation {
    condition     = var.max_count >= 1 && var.max_count <= 100
    error_message = "max_count must be between 1 and 100."
  }
}

variable "environment_variables" {
  description = "Plain settings of the container (no secrets)."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Settings read from Secrets Manager at start: variable name => secret ARN, or ARN:json-key:: for one key."
  type        = map(string)
  default     = {}
}

variable "policy_statements" {
  description = "What the service's code may do in AWS, and nothing else: the task role's statements."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []

  validation {
    condition     = alltrue([for s in var.policy_statements : can(regex("^[A-Za-z0-9]+$", s.sid)) && length(s.actions) > 0 && length(s.resources) > 0 && !contains(s.actions, "*")])
    error_message = "Every statement needs an alphanumeric sid, at least one action (not \"*\") and one resource."
  }
}

variable "ingress_security_group_ids" {
  description = "Security groups (API gateway VPC link, other services) allowed to reach container_port."
  type        = list(string)
  default     = []
}

variable "ingress_cidr_blocks" {
  description = "Networks allowed to reach container_port (e.g. the VPC for service-to-service calls)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.ingress_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Every entry must be a CIDR block."
  }
}

variable "health_check_path" {
  description = "Path the container answers 200 on when healthy."
  type        = string
  default     = "/health"

  validation {
    condition     = can(regex("^/[A-Za-z0-9/._-]*$", var.health_check_path))
    error_message = "health_check_path must be an absolute URL path."
  }
}

variable "log_group_name" {
  description = "CloudWatch log group of the container (e.g. from the monitoring module)."
  type        = string
}

variable "alarm_topic_arn" {
  description = "SNS topic the CPU, memory and running-task alarms notify; null creates no alarm."
  type        = string
  default     = null
}
