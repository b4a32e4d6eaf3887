# Inputs of the api-gateway module: an HTTP API that routes public paths to private services.

variable "name" {
  description = "Name of the API."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,60}$", var.name))
    error_message = "name must be 3-61 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the services."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets the VPC link places its interfaces in."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1 && alltrue([for id in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "subnet_ids must hold at least one subnet id (subnet-...)."
  }
}

variable "routes" {
  description = "Public path prefixes by name, each sent (with everything below it) through the VPC link to exactly one target: a service's Cloud Map entry (discovery_service_arn) or an internal load balancer's listener (listener_arn); authorize = false leaves a route open (e.g. sign-in)."
  type = map(object({
    path_prefix           = string
    discovery_service_arn = optional(string)
    listener_arn          = optional(string)
    authorize             = optional(bool, true)
  }))

  validation {
    condition     = length(var.routes) > 0 && alltrue([for r in values(var.routes) : can(regex("^/[a-z0-9-]+(/[a-z0-9-]+)*$", r.path_prefix))])
    error_message = "routes must hold at least one route; path_prefix is like /orders or /users/auth."
  }

  validation {
    condition     = alltrue([for r in values(var.routes) : (r.discovery_service_arn == null) != (r.listener_arn == null)])
    error_message = "Each route needs exactly one target: discovery_service_arn or listener_arn."
  }
}

variable "jwt_issuer" {
  description = "Issuer of the users' JWTs (e.g. the user service's or an identity provider's URL); null disables authorization."
  type        = string
  default     = null

  validation {
    condition     = var.jwt_issuer == null || can(regex("^https://", coalesce(var.jwt_issuer, "https://")))
    error_message = "jwt_issuer must be an https URL or null."
  }
}

variable "jwt_audience" {
  description = "Audiences accepted in the JWTs."
  type        = list(string)
  default     = []
}

variable "cors_allowed_origins" {
  description = "Browser origins allowed to call the API."
  type        = list(string)
  default     = []
}

variable "throttling_rate_limit" {
  description = "Steady requests per second allowed across the API."
  type        = number
  default     = 200

  validation {
    condition     = var.throttling_rate_limit >= 1 && var.throttling_rate_limit <= 10000
    error_message = "throttling_rate_limit must be between 1 and 10000."
  }
}

variable "throttling_burst_limit" {
  description = "Requests allowed in a burst."
  type        = number
  default     = 400

  validation {
    condition     = var.throttling_burst_limit >= 1 && var.throttling_burst_limit <= 5000
    error_message = "throttling_burst_limit must be between 1 and 5000."
  }
}

variable "log_retention_days" {
  description = "Days the access logs are kept."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 180, 365], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 180, 365."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic the 5xx alarm notifies; null creates no alarm."
  type        = string
  default     = null
}
