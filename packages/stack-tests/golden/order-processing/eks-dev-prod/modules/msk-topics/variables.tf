# Inputs of the msk-topics module: the Kafka topics of an event flow.

variable "topics" {
  description = "Topics by name: partitions, replication factor, retention and cleanup policy."
  type = map(object({
    partitions         = optional(number, 6)
    replication_factor = optional(number, 2)
    retention_ms       = optional(number, 604800000)
    cleanup_policy     = optional(string, "delete")
  }))

  validation {
    condition     = alltrue([for name, _ in var.topics : can(regex("^[a-z][a-z0-9.-]{1,100}$", name))])
    error_message = "Topic names must be lowercase letters, digits, dots or dashes, starting with a letter."
  }

  validation {
    condition     = alltrue([for t in values(var.topics) : t.partitions >= 1 && t.partitions <= 200 && t.replication_factor >= 1 && t.replication_factor <= 3])
    error_message = "partitions must be 1-200 and replication_factor 1-3."
  }

  validation {
    condition     = alltrue([for t in values(var.topics) : contains(["delete", "compact", "compact,delete"], t.cleanup_policy)])
    error_message = "cleanup_policy must be delete, compact or \"compact,delete\"."
  }
}

variable "min_insync_replicas" {
  description = "Replicas that must acknowledge a write made with acks=all."
  type        = number
  default     = 1

  validation {
    condition     = var.min_insync_replicas >= 1 && var.min_insync_replicas <= 3
    error_message = "min_insync_replicas must be 1, 2 or 3."
  }
}
