# Values the workflows and the catalog may read from the eks-addons module.

output "addon_names" {
  description = "EKS add-ons installed by this module."
  value       = [aws_eks_addon.metrics_server.addon_name, aws_eks_addon.cloudwatch_observability.addon_name]
}

output "container_insights_log_group_names" {
  description = "Log groups of Container Insights by kind (application holds the containers' logs)."
  value       = { for kind, group in aws_cloudwatch_log_group.container_insights : kind => group.name }
}

output "cloudwatch_agent_role_arn" {
  description = "IAM role of the CloudWatch agent and Fluent Bit."
  value       = aws_iam_role.this["cloudwatch-agent"].arn
}

output "cluster_autoscaler_role_arn" {
  description = "IAM role of the Cluster Autoscaler."
  value       = aws_iam_role.this["cluster-autoscaler"].arn
}

output "cluster_autoscaler_chart_version" {
  description = "Cluster Autoscaler chart version that is installed."
  value       = try(helm_release.cluster_autoscaler.metadata[0].version, null)
}
