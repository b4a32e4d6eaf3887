# The topics of the order flow, declared rather than auto-created, so partitions, replication and retention
# are reviewed like any other change. The caller configures the Kafka provider (IAM over TLS) and must be
# able to reach the brokers, which are private: CI runs this from a runner inside the VPC.

resource "kafka_topic" "this" {
  for_each = var.topics

  name               = each.key
  partitions         = each.value.partitions
  replication_factor = each.value.replication_factor

  config = {
    "retention.ms"        = tostring(each.value.retention_ms)
    "cleanup.policy"      = each.value.cleanup_policy
    "min.insync.replicas" = tostring(min(var.min_insync_replicas, each.value.replication_factor))
  }
}
