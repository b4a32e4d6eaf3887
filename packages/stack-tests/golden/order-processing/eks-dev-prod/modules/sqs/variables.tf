# Inputs of the sqs module: work queues, each with its dead-letter queue, redrive and alarms.

variable "name" {
  description = "Prefix of the queue names (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,50}$", var.name))
    error_message = "name must be 3-51 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "queues" {
  description = "Queues by short name: visibility timeout (seconds), retention (seconds), deliveries before a message moves to the dead-letter queue, and the age (seconds) of the oldest message that raises an alarm."
  type = map(object({
    visibility_timeout_seconds = optional(number, 60)
    message_retention_seconds  = optional(number, 345600)
    max_receive_count          = optional(number, 5)
    receive_wait_time_seconds  = optional(number, 20)
    oldest_message_alarm_age   = optional(number, 900)
  }))

  validation {
    condition     = length(var.queues) > 0 && alltrue([for k, _ in var.queues : can(regex("^[a-z][a-z0-9-]{1,30}$", k))])
    error_message = "queues must hold at least one queue; names are 2-31 lowercase letters, digits or dashes."
  }

  validation {
    condition = alltrue([for q in values(var.queues) :
      q.visibility_timeout_seconds >= 0 && q.visibility_timeout_seconds <= 43200 &&
      q.message_retention_seconds >= 60 && q.message_retention_seconds <= 1209600 &&
      q.max_receive_count >= 1 && q.max_receive_count <= 1000 &&
    q.receive_wait_time_seconds >= 0 && q.receive_wait_time_seconds <= 20])
    error_message = "visibility 0-43200 s, retention 60-1209600 s, max_receive_count 1-1000, receive wait 0-20 s."
  }
}

variable "sns_topic_arn_patterns" {
  description = "SNS topics (ARNs, wildcards allowed) that may deliver to the queues; patterns avoid a dependency cycle with the topics' subscriptions."
  type        = list(string)
  default     = []
}

variable "alarm_topic_arn" {
  description = "SNS topic the dead-letter and message-age alarms notify; null creates no alarm."
  type        = string
  default     = null
}
