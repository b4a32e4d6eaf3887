# Inputs of the lambda module: one function packaged from a folder of the repository, its role and trigger.

variable "name" {
  description = "Function name (letters, digits, dashes and underscores)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,64}$", var.name))
    error_message = "name must be 1-64 letters, digits, dashes or underscores."
  }
}

variable "description" {
  description = "What the function does."
  type        = string
  default     = ""
}

variable "source_dir" {
  description = "Folder with the function's code (absolute, or relative to the module), zipped at plan time."
  type        = string
}

variable "handler" {
  description = "Entry point, e.g. handler.main."
  type        = string
  default     = "handler.main"
}

variable "runtime" {
  description = "Lambda runtime."
  type        = string
  default     = "python3.12"

  validation {
    condition     = can(regex("^(python3\\.(11|12|13)|nodejs(18|20|22)\\.x)$", var.runtime))
    error_message = "runtime must be python3.11-3.13 or nodejs18.x-22.x."
  }
}

variable "memory_size" {
  description = "Memory in MiB (CPU grows with it)."
  type        = number
  default     = 256

  validation {
    condition     = var.memory_size >= 128 && var.memory_size <= 10240
    error_message = "memory_size must be between 128 and 10240 MiB."
  }
}

variable "timeout" {
  description = "Seconds before an invocation is stopped."
  type        = number
  default     = 30

  validation {
    condition     = var.timeout >= 1 && var.timeout <= 900
    error_message = "timeout must be between 1 and 900 seconds."
  }
}

variable "reserved_concurrency" {
  description = "Concurrent executions reserved (and capped); -1 leaves the function unreserved."
  type        = number
  default     = -1
}

variable "environment_variables" {
  description = "Plain settings of the function (no secrets)."
  type        = map(string)
  default     = {}
}

variable "policy_statements" {
  description = "What the function's code may do in AWS, beyond writing its own logs."
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

variable "schedule_expression" {
  description = "EventBridge schedule (cron(...) or rate(...)) that invokes the function; null for none."
  type        = string
  default     = null

  validation {
    condition     = var.schedule_expression == null || can(regex("^(cron|rate)\\(.+\\)$", coalesce(var.schedule_expression, "rate(1 day)")))
    error_message = "schedule_expression must be cron(...) or rate(...)."
  }
}

variable "event_source_arn" {
  description = "SQS queue or DynamoDB/Kinesis stream that triggers the function; null for none."
  type        = string
  default     = null
}

variable "event_source_batch_size" {
  description = "Records handed to one invocation by the event source."
  type        = number
  default     = 10

  validation {
    condition     = var.event_source_batch_size >= 1 && var.event_source_batch_size <= 1000
    error_message = "event_source_batch_size must be between 1 and 1000."
  }
}

variable "log_retention_days" {
  description = "Days the function's logs are kept."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 180, 365], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 180, 365."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic the errors and throttles alarms notify; null creates no alarm."
  type        = string
  default     = null
}
