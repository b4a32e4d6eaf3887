# Inputs of the eks-addons module: the cluster, its OIDC provider, log retention and the Cluster
# Autoscaler release.

variable "cluster_name" {
  description = "Name of the EKS cluster (eks module output cluster_name); prefix of the add-ons' IAM roles."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,43}$", var.cluster_name))
    error_message = "cluster_name must start with a letter and hold 3-44 lowercase letters, digits or dashes (room for the role names)."
  }
}

variable "oidc_provider_arn" {
  description = "IAM OIDC provider of the cluster (eks module output oidc_provider_arn), trusted by the add-ons' roles."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/.+$", var.oidc_provider_arn))
    error_message = "oidc_provider_arn must be an IAM OIDC provider ARN such as arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE."
  }
}

variable "oidc_issuer_url" {
  description = "OIDC issuer URL of the cluster (eks module output oidc_issuer_url)."
  type        = string

  validation {
    condition     = startswith(var.oidc_issuer_url, "https://")
    error_message = "oidc_issuer_url must be the https:// issuer URL of the cluster."
  }
}

variable "region" {
  description = "AWS region of the cluster, e.g. us-east-1 (the Cluster Autoscaler calls the regional APIs)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region code such as us-east-1."
  }
}

variable "log_retention_days" {
  description = "Days the Container Insights log groups (application, dataplane, host, performance) keep their events."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value such as 7, 14, 30, 90 or 365."
  }
}

variable "cluster_autoscaler_chart_version" {
  description = "Version of the cluster-autoscaler Helm chart from https://kubernetes.github.io/autoscaler."
  type        = string
  default     = "9.43.1"

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+$", var.cluster_autoscaler_chart_version))
    error_message = "cluster_autoscaler_chart_version must be a chart version such as 9.43.1."
  }
}

variable "cluster_autoscaler_image_tag" {
  description = "Cluster Autoscaler image tag; its minor version must match the cluster's Kubernetes version, e.g. v1.31.0 for 1.31."
  type        = string

  validation {
    condition     = can(regex("^v1\\.[0-9]+\\.[0-9]+$", var.cluster_autoscaler_image_tag))
    error_message = "cluster_autoscaler_image_tag must be a Cluster Autoscaler release tag such as v1.31.0."
  }
}
