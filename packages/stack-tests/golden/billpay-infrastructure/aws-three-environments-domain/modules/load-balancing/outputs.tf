# What the workflows and other modules may need from the load-balancing module.

output "controller_role_arn" {
  description = "IAM role the AWS Load Balancer Controller assumes."
  value       = aws_iam_role.this.arn
}

output "controller_release_name" {
  description = "Helm release name of the controller."
  value       = helm_release.this.name
}

output "controller_chart_version" {
  description = "Chart version that is installed."
  value       = try(helm_release.this.metadata[0].version, null)
}

output "application_namespaces" {
  description = "Namespaces created for the BillPay workloads."
  value       = [for n in kubernetes_namespace_v1.application : n.metadata[0].name]
}
