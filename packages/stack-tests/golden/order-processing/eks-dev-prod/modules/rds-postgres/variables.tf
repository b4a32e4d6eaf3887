# Inputs of the rds-postgres module: one PostgreSQL instance; master password in Secrets Manager, services sign in with IAM.

variable "identifier" {
  description = "Identifier of the database instance (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,62}$", var.identifier)) && !endswith(var.identifier, "-") && !can(regex("--", var.identifier))
    error_message = "identifier must start with a letter, hold only lowercase letters, digits and single dashes, and not end with a dash."
  }
}

variable "vpc_id" {
  description = "VPC of the database."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets (at least two availability zones) for the database subnet group."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least two subnet ids (subnet-...)."
  }
}

variable "db_name" {
  description = "Name of the schema created on the instance."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.db_name))
    error_message = "db_name must be a lowercase identifier of at most 63 characters."
  }
}

variable "db_user" {
  description = "Master user name (migrations, administration); its password is generated and rotated by RDS in Secrets Manager."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.db_user)) && !contains(["postgres", "admin", "rdsadmin", "public"], var.db_user)
    error_message = "db_user must be a lowercase identifier of at most 63 characters and not a reserved name."
  }
}

variable "engine_version" {
  description = "PostgreSQL major version (minor upgrades are automatic)."
  type        = string
  default     = "16"

  validation {
    condition     = contains(["14", "15", "16"], var.engine_version)
    error_message = "engine_version must be 14, 15 or 16."
  }
}

variable "instance_class" {
  description = "Instance class of the database."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.instance_class))
    error_message = "instance_class must look like db.t4g.micro."
  }
}

variable "allocated_storage" {
  description = "Initial storage, in GiB."
  type        = number
  default     = 20

  validation {
    condition     = var.allocated_storage >= 20 && var.allocated_storage <= 16384
    error_message = "allocated_storage must be between 20 and 16384 GiB."
  }
}

variable "max_allocated_storage" {
  description = "Ceiling for storage autoscaling, in GiB (0 disables it)."
  type        = number
  default     = 100

  validation {
    condition     = var.max_allocated_storage == 0 || (var.max_allocated_storage >= 20 && var.max_allocated_storage <= 16384)
    error_message = "max_allocated_storage must be 0 or between 20 and 16384 GiB."
  }
}

variable "multi_az" {
  description = "Keep a synchronous standby in a second availability zone."
  type        = bool
  default     = false
}

variable "backup_retention_period" {
  description = "Days of automated backups and point-in-time recovery."
  type        = number
  default     = 7

  validation {
    condition     = var.backup_retention_period >= 1 && var.backup_retention_period <= 35
    error_message = "backup_retention_period must be between 1 and 35 days."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the instance (production)."
  type        = bool
  default     = false
}

variable "skip_final_snapshot" {
  description = "Delete without a final snapshot (throwaway environments only)."
  type        = bool
  default     = false
}

variable "allowed_security_group_ids" {
  description = "Security groups (the services') allowed to connect on 5432."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.allowed_security_group_ids : can(regex("^sg-[0-9a-f]{8,17}$", id))])
    error_message = "Every entry must be a security group id (sg-...)."
  }
}

variable "allowed_cidr_blocks" {
  description = "Networks allowed to connect on 5432 (e.g. the VPC, when the services' groups would create a dependency cycle)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.allowed_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Every entry must be a CIDR block."
  }
}

variable "kms_key_id" {
  description = "KMS key ARN for storage and the master secret; null uses the AWS managed keys."
  type        = string
  default     = null
}

variable "alarm_topic_arn" {
  description = "SNS topic the CPU, storage and connection alarms notify; null creates no alarm."
  type        = string
  default     = null
}
