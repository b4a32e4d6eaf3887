# Values the topics module, the services and CI read from the msk module.

output "cluster_arn" {
  description = "ARN of the cluster (resource of kafka-cluster:Connect)."
  value       = aws_msk_cluster.this.arn
}

output "cluster_name" {
  description = "Name of the cluster."
  value       = aws_msk_cluster.this.cluster_name
}

output "bootstrap_brokers_iam" {
  description = "Comma-separated host:port list for clients using IAM authentication."
  value       = aws_msk_cluster.this.bootstrap_brokers_sasl_iam
}

output "topic_arn_prefix" {
  description = "Prefix of the topic ARNs; append \"/<topic>\" for IAM policies."
  value       = replace(aws_msk_cluster.this.arn, ":cluster/", ":topic/")
}

output "group_arn_prefix" {
  description = "Prefix of the consumer group ARNs; append \"/<group>\" for IAM policies."
  value       = replace(aws_msk_cluster.this.arn, ":cluster/", ":group/")
}

output "security_group_id" {
  description = "Security group of the brokers."
  value       = aws_security_group.this.id
}
