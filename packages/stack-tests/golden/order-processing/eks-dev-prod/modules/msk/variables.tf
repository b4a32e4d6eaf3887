# Inputs of the msk module: a private Amazon MSK (Kafka) cluster with IAM authentication.

variable "name" {
  description = "Name of the cluster (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,60}$", var.name))
    error_message = "name must be 3-61 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the brokers."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets, one per availability zone the brokers are spread over (2 or 3)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && length(var.subnet_ids) <= 3 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold 2 or 3 subnet ids (subnet-...)."
  }
}

variable "kafka_version" {
  description = "Apache Kafka version of the cluster."
  type        = string
  default     = "3.6.0"

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+$", var.kafka_version))
    error_message = "kafka_version must look like 3.6.0."
  }
}

variable "broker_instance_type" {
  description = "Instance type of every broker."
  type        = string
  default     = "kafka.t3.small"

  validation {
    condition     = can(regex("^kafka\\.[a-z0-9]+\\.[a-z0-9]+$", var.broker_instance_type))
    error_message = "broker_instance_type must look like kafka.m5.large."
  }
}

variable "brokers_per_zone" {
  description = "Brokers in each availability zone (the cluster has this times the number of subnets)."
  type        = number
  default     = 1

  validation {
    condition     = var.brokers_per_zone >= 1 && var.brokers_per_zone <= 5
    error_message = "brokers_per_zone must be between 1 and 5."
  }
}

variable "volume_size" {
  description = "EBS storage of each broker, in GiB."
  type        = number
  default     = 100

  validation {
    condition     = var.volume_size >= 1 && var.volume_size <= 16384
    error_message = "volume_size must be between 1 and 16384 GiB."
  }
}

variable "default_replication_factor" {
  description = "Replication factor of topics created without one; at most the number of brokers."
  type        = number
  default     = 2

  validation {
    condition     = var.default_replication_factor >= 1 && var.default_replication_factor <= 3
    error_message = "default_replication_factor must be 1, 2 or 3."
  }
}

variable "client_security_group_ids" {
  description = "Security groups of the clients (services, functions) allowed to reach the brokers on 9098 (IAM over TLS)."
  type        = list(string)
  default     = []
}

variable "client_cidr_blocks" {
  description = "Networks allowed to reach the brokers on 9098, e.g. the VPC for runners that create topics."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.client_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Every entry must be a CIDR block."
  }
}

variable "log_retention_days" {
  description = "Days the broker logs are kept in CloudWatch."
  type        = number
  default     = 14

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 180, 365], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 180, 365."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic the disk-usage alarm notifies; null creates no alarm."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
