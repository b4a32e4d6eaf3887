# Inputs of the rds module: one MySQL instance whose master password AWS generates and keeps in Secrets Manager.

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
    condition     = can(regex("^[A-Za-z][A-Za-z0-9_]{0,63}$", var.db_name))
    error_message = "db_name must start with a letter and hold at most 64 letters, digits or underscores."
  }
}

variable "db_user" {
  description = "Master user name; its password is generated and rotated by RDS in Secrets Manager."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9_]{0,31}$", var.db_user)) && !contains(["admin", "root", "mysql", "rdsadmin"], lower(var.db_user))
    error_message = "db_user must start with a letter, hold at most 32 letters, digits or underscores, and not be a reserved name."
  }
}

variable "engine_version" {
  description = "MySQL major or exact version."
  type        = string
  default     = "8.0"

  validation {
    condition     = can(regex("^8\\.[0-9]+(\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must be a MySQL 8 version such as 8.0 or 8.0.39."
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
  description = "Security groups (the web servers') allowed to connect on 3306."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.allowed_security_group_ids : can(regex("^sg-[0-9a-f]{8,17}$", id))])
    error_message = "Every entry must be a security group id (sg-...)."
  }
}

variable "kms_key_id" {
  description = "KMS key ARN for storage and the master secret; null uses the AWS managed keys."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
