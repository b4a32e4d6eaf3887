# Inputs of the AWS load-balancing module: the cluster to install the controller into and the
# application namespaces whose Ingresses it serves.

variable "cluster_name" {
  description = "Name of the EKS cluster (eks module output cluster_name)."
  type        = string
}

variable "oidc_provider_arn" {
  description = "ARN of the cluster's IAM OIDC provider (eks module output oidc_provider_arn)."
  type        = string
}

variable "oidc_issuer_url" {
  description = "OIDC issuer URL of the cluster (eks module output oidc_issuer_url)."
  type        = string

  validation {
    condition     = startswith(var.oidc_issuer_url, "https://")
    error_message = "oidc_issuer_url must be the https:// issuer URL of the cluster."
  }
}

variable "vpc_id" {
  description = "VPC of the cluster, passed to the controller so it does not query instance metadata."
  type        = string
}

variable "region" {
  description = "AWS region of the cluster, e.g. us-east-1."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region code such as us-east-1."
  }
}

variable "chart_version" {
  description = "Version of the aws-load-balancer-controller Helm chart from https://aws.github.io/eks-charts."
  type        = string
  default     = "1.8.1"
}

variable "replica_count" {
  description = "Controller replicas; 2 keeps Ingress changes flowing while a node is replaced."
  type        = number
  default     = 2

  validation {
    condition     = var.replica_count >= 1 && var.replica_count <= 3
    error_message = "replica_count must be between 1 and 3."
  }
}

variable "application_namespaces" {
  description = "Namespaces created for the BillPay workloads, e.g. [\"billpay-dev\"]. Their Ingresses share one ALB per namespace."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for n in var.application_namespaces : can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", n))])
    error_message = "application_namespaces must hold Kubernetes namespace names (lowercase letters, digits, dashes)."
  }
}

variable "tags" {
  description = "Tags added to every AWS resource (also set as default tags on the ALBs the controller creates); must carry owner, environment and cost-center."
  type        = map(string)
  default     = {}
}
