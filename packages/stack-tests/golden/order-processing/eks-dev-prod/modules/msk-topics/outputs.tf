# Values the services and CI read from the msk-topics module.

output "topic_names" {
  description = "Names of the topics that exist after the apply."
  value       = sort([for t in kafka_topic.this : t.name])
}
