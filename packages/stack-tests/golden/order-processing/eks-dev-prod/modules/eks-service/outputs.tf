# Values other services, the workflows and the catalog read from the eks-service module.

output "namespace" {
  description = "Kubernetes namespace of the service."
  value       = kubernetes_namespace_v1.this.metadata[0].name
}

output "deployment_name" {
  description = "Name of the Kubernetes deployment."
  value       = kubernetes_deployment_v1.this.metadata[0].name
}

output "service_dns_name" {
  description = "In-cluster DNS name other services call the service at (port 80)."
  value       = "${kubernetes_service_v1.this.metadata[0].name}.${kubernetes_namespace_v1.this.metadata[0].name}.svc.cluster.local"
}

output "role_arn" {
  description = "IAM role the service's pods run with (through their service account)."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Name of that role."
  value       = aws_iam_role.this.name
}

output "target_group_arn" {
  description = "Target group of the internal load balancer; null when no path is routed to the service."
  value       = try(aws_lb_target_group.this[0].arn, null)
}
