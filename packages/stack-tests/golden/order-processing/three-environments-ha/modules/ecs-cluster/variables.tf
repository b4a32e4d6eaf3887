# Inputs of the ecs-cluster module: a Fargate cluster and the private DNS namespace its services register in.

variable "name" {
  description = "Name of the cluster and of the namespace (<name>.internal)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,50}$", var.name))
    error_message = "name must be 3-51 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the private DNS namespace."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "fargate_spot_weight" {
  description = "Share of tasks placed on Fargate Spot against Fargate (0 keeps everything on-demand)."
  type        = number
  default     = 0

  validation {
    condition     = var.fargate_spot_weight >= 0 && var.fargate_spot_weight <= 10
    error_message = "fargate_spot_weight must be between 0 and 10."
  }
}
