# Inputs of the dynamodb module: one on-demand table with optional TTL, stream and secondary indexes.

variable "name" {
  description = "Table name."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{3,255}$", var.name))
    error_message = "name must be 3-255 letters, digits, dots, dashes or underscores."
  }
}

variable "hash_key" {
  description = "Partition key attribute."
  type        = string
}

variable "range_key" {
  description = "Sort key attribute; null for a table without one."
  type        = string
  default     = null
}

variable "attributes" {
  description = "Key attributes (of the table and of the indexes) with their type: S, N or B."
  type        = map(string)

  validation {
    condition     = length(var.attributes) > 0 && alltrue([for t in values(var.attributes) : contains(["S", "N", "B"], t)])
    error_message = "attributes must map each key attribute to S, N or B."
  }
}

variable "ttl_attribute" {
  description = "Attribute holding the expiry time (epoch seconds); null disables TTL."
  type        = string
  default     = null
}

variable "stream_view_type" {
  description = "Change stream of the table (NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY); null disables it."
  type        = string
  default     = null

  validation {
    condition     = var.stream_view_type == null || contains(["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], coalesce(var.stream_view_type, "NEW_IMAGE"))
    error_message = "stream_view_type must be NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY or null."
  }
}

variable "global_secondary_indexes" {
  description = "Secondary indexes by name: hash key, optional range key, projection (ALL, KEYS_ONLY)."
  type = map(object({
    hash_key        = string
    range_key       = optional(string)
    projection_type = optional(string, "ALL")
  }))
  default = {}
}

variable "point_in_time_recovery" {
  description = "Continuous backups with restore to any second of the last 35 days."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Refuse to delete the table (production)."
  type        = bool
  default     = false
}

variable "alarm_topic_arn" {
  description = "SNS topic the throttling alarm notifies; null creates no alarm."
  type        = string
  default     = null
}
