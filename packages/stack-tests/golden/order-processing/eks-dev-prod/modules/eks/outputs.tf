# Values the load-balancing and monitoring modules, the workflows and the catalog read from EKS.

output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the EKS cluster."
  value       = aws_eks_cluster.this.arn
}

output "cluster_version" {
  description = "Kubernetes version the control plane runs."
  value       = aws_eks_cluster.this.version
}

output "cluster_endpoint" {
  description = "HTTPS endpoint of the Kubernetes API."
  value       = aws_eks_cluster.this.endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64 certificate authority of the Kubernetes API."
  value       = aws_eks_cluster.this.certificate_authority[0].data
}

output "cluster_security_group_id" {
  description = "Security group EKS created for the control plane and nodes."
  value       = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
}

output "node_security_group_id" {
  description = "Extra security group attached to every node."
  value       = aws_security_group.node.id
}

output "oidc_provider_arn" {
  description = "ARN of the IAM OIDC provider, for IAM roles for service accounts."
  value       = aws_iam_openid_connect_provider.this.arn
}

output "oidc_issuer_url" {
  description = "OIDC issuer URL of the cluster."
  value       = aws_eks_cluster.this.identity[0].oidc[0].issuer
}

output "node_group_name" {
  description = "Name of the managed node group."
  value       = aws_eks_node_group.this.node_group_name
}

output "node_role_arn" {
  description = "IAM role the nodes run with."
  value       = aws_iam_role.node.arn
}

output "node_autoscaling_group_names" {
  description = "Auto Scaling groups behind the managed node group (for CloudWatch alarms)."
  value       = try(flatten([for r in aws_eks_node_group.this.resources : r.autoscaling_groups[*].name]), [])
}

output "log_group_name" {
  description = "CloudWatch log group of the control-plane logs."
  value       = aws_cloudwatch_log_group.cluster.name
}

output "secrets_kms_key_arn" {
  description = "KMS key that encrypts Kubernetes secrets."
  value       = aws_kms_key.secrets.arn
}
