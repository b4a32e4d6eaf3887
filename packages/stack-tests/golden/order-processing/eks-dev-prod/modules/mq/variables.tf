# Inputs of the mq module: an Amazon MQ (ActiveMQ) broker for partners that speak AMQP or MQTT.

variable "name" {
  description = "Name of the broker (letters, digits, dashes and underscores)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,50}$", var.name))
    error_message = "name must be 1-50 letters, digits, dashes or underscores."
  }
}

variable "vpc_id" {
  description = "VPC of the broker."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets: the first one for a single broker, the first two for an active/standby pair."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least one subnet id (subnet-...)."
  }
}

variable "engine_version" {
  description = "ActiveMQ version."
  type        = string
  default     = "5.18"

  validation {
    condition     = can(regex("^5\\.[0-9]+(\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must be an ActiveMQ 5 version such as 5.18."
  }
}

variable "instance_type" {
  description = "Broker instance type."
  type        = string
  default     = "mq.t3.micro"

  validation {
    condition     = can(regex("^mq\\.[a-z0-9]+\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must look like mq.m5.large."
  }
}

variable "high_availability" {
  description = "Run an active/standby pair across two zones instead of a single broker."
  type        = bool
  default     = false
}

variable "admin_username" {
  description = "Broker user the services connect with; its generated password is kept in Secrets Manager."
  type        = string
  default     = "orders"

  validation {
    condition     = can(regex("^[A-Za-z0-9_.~-]{2,100}$", var.admin_username))
    error_message = "admin_username must be 2-100 letters, digits or . _ ~ -."
  }
}

variable "client_security_group_ids" {
  description = "Security groups of the clients allowed on the AMQP (5671) and MQTT (8883) TLS ports."
  type        = list(string)
  default     = []
}

variable "client_cidr_blocks" {
  description = "Networks allowed on the AMQP (5671) and MQTT (8883) TLS ports, e.g. the VPC."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.client_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Every entry must be a CIDR block."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic the CPU and storage alarms notify; null creates no alarm."
  type        = string
  default     = null
}
