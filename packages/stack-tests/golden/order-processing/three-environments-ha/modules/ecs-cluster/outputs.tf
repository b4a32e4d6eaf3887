# Values the services read from the ecs-cluster module.

output "cluster_arn" {
  description = "ARN of the cluster."
  value       = aws_ecs_cluster.this.arn
}

output "cluster_name" {
  description = "Name of the cluster."
  value       = aws_ecs_cluster.this.name
}

output "namespace_id" {
  description = "ID of the private DNS namespace."
  value       = aws_service_discovery_private_dns_namespace.this.id
}

output "namespace_name" {
  description = "Domain of the namespace; a service is reachable at <service>.<namespace_name>."
  value       = aws_service_discovery_private_dns_namespace.this.name
}
