# Inputs of the asg module: the auto scaling group that runs the web servers.

variable "name" {
  description = "Name of the auto scaling group (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,62}$", var.name))
    error_message = "name must be 2-63 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "subnet_ids" {
  description = "Subnets (private, one per availability zone) the instances are spread over."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least one subnet id (subnet-...)."
  }
}

variable "launch_template_id" {
  description = "Launch template the instances start from (output of the ec2 module)."
  type        = string
}

variable "launch_template_version" {
  description = "Launch template version; a change triggers a rolling instance refresh."
  type        = string
  default     = "$Latest"
}

variable "min_size" {
  description = "Fewest instances the group keeps running."
  type        = number
  default     = 2

  validation {
    condition     = var.min_size >= 0 && var.min_size <= 50
    error_message = "min_size must be between 0 and 50."
  }
}

variable "max_size" {
  description = "Most instances the group may scale out to."
  type        = number
  default     = 4

  validation {
    condition     = var.max_size >= 1 && var.max_size <= 100
    error_message = "max_size must be between 1 and 100."
  }
}

variable "desired_capacity" {
  description = "Instances started on creation; afterwards the scaling policy owns this number."
  type        = number
  default     = 2

  validation {
    condition     = var.desired_capacity >= 0 && var.desired_capacity <= 100
    error_message = "desired_capacity must be between 0 and 100."
  }
}

variable "target_group_arns" {
  description = "Load balancer target groups the instances register with."
  type        = list(string)
  default     = []
}

variable "health_check_grace_period" {
  description = "Seconds a new instance gets before load balancer health checks count (Ansible configures it meanwhile)."
  type        = number
  default     = 600

  validation {
    condition     = var.health_check_grace_period >= 0 && var.health_check_grace_period <= 7200
    error_message = "health_check_grace_period must be between 0 and 7200 seconds."
  }
}

variable "cpu_target_percent" {
  description = "Average CPU utilisation the target tracking policy keeps the group at."
  type        = number
  default     = 60

  validation {
    condition     = var.cpu_target_percent >= 10 && var.cpu_target_percent <= 90
    error_message = "cpu_target_percent must be between 10 and 90."
  }
}

variable "tags" {
  description = "Tags added to the group and propagated to the instances it launches."
  type        = map(string)
  default     = {}
}
