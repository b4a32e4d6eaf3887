# Inputs of the sns module: notification topics and their subscriptions.

variable "name" {
  description = "Prefix of the topic names (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,50}$", var.name))
    error_message = "name must be 3-51 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "topics" {
  description = "Topics by short name, each with its subscriptions (protocol sqs, lambda, email, https...; endpoint; raw delivery; optional filter policy as JSON)."
  type = map(object({
    subscriptions = optional(list(object({
      protocol             = string
      endpoint             = string
      raw_message_delivery = optional(bool, true)
      filter_policy        = optional(string)
    })), [])
  }))

  validation {
    condition     = length(var.topics) > 0 && alltrue([for k, _ in var.topics : can(regex("^[a-z][a-z0-9-]{1,30}$", k))])
    error_message = "topics must hold at least one topic; names are 2-31 lowercase letters, digits or dashes."
  }

  validation {
    condition     = alltrue(flatten([for t in values(var.topics) : [for s in t.subscriptions : contains(["sqs", "lambda", "email", "email-json", "https", "sms", "firehose"], s.protocol)]]))
    error_message = "subscriptions[].protocol must be sqs, lambda, email, email-json, https, sms or firehose."
  }
}

variable "kms_master_key_id" {
  description = "KMS key for the topics' encryption at rest."
  type        = string
  default     = "alias/aws/sns"
}
