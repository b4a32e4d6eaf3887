# Inputs of the eks-service module: one microservice on EKS with its own namespace and least-privilege
# IAM role for its service account.

variable "name" {
  description = "Service name: also its namespace, service account, deployment and Kubernetes service (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2-31 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "cluster_name" {
  description = "EKS cluster the service runs in (eks module output cluster_name); names the alarms and their Container Insights dimensions."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9][a-zA-Z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be an EKS cluster name (letters, digits, dashes, underscores)."
  }
}

variable "oidc_provider_arn" {
  description = "IAM OIDC provider of the cluster (eks module output oidc_provider_arn), trusted by the service's role."
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

variable "image" {
  description = "Container image with tag, e.g. <account>.dkr.ecr.<region>.amazonaws.com/orders/order:1a2b3c4."
  type        = string

  validation {
    condition     = length(var.image) > 0 && !can(regex("\\s", var.image))
    error_message = "image must be an image reference without spaces."
  }
}

variable "container_port" {
  description = "Port the container serves HTTP on."
  type        = number
  default     = 8000

  validation {
    condition     = var.container_port >= 1024 && var.container_port < 65536
    error_message = "container_port must be a TCP port from 1024 up (the pods run without root)."
  }
}

variable "cpu" {
  description = "CPU of each pod in millicores (250 = 0.25 vCPU), requested and allowed alike so the pod gets exactly that much."
  type        = number
  default     = 250

  validation {
    condition     = var.cpu >= 100 && var.cpu <= 4000 && floor(var.cpu) == var.cpu
    error_message = "cpu must be a whole number of millicores between 100 and 4000."
  }
}

variable "memory" {
  description = "Memory of each pod in MiB, requested and allowed alike."
  type        = number
  default     = 512

  validation {
    condition     = var.memory >= 128 && var.memory <= 16384 && floor(var.memory) == var.memory
    error_message = "memory must be a whole number of MiB between 128 and 16384."
  }
}

variable "min_count" {
  description = "Fewest pods the horizontal pod autoscaler keeps (also the pods started)."
  type        = number
  default     = 1

  validation {
    condition     = var.min_count >= 1 && var.min_count <= 50
    error_message = "min_count must be between 1 and 50."
  }
}

variable "max_count" {
  description = "Most pods the horizontal pod autoscaler starts on CPU load."
  type        = number
  default     = 4

  validation {
    condition     = var.max_count >= 1 && var.max_count <= 100
    error_message = "max_count must be between 1 and 100."
  }
}

variable "environment_variables" {
  description = "Plain settings of the container (no secrets)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.environment_variables) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", k))])
    error_message = "environment_variables keys must be variable names (letters, digits, underscores)."
  }
}

variable "policy_statements" {
  description = "What the service's code may do in AWS, and nothing else: the statements of the role its service account assumes."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []

  validation {
    condition     = alltrue([for s in var.policy_statements : can(regex("^[A-Za-z0-9]+$", s.sid)) && length(s.actions) > 0 && length(s.resources) > 0 && !contains(s.actions, "*")])
    error_message = "Every statement needs an alphanumeric sid, at least one action (not \"*\") and one resource."
  }
}

variable "health_check_path" {
  description = "Path the container answers 200 on when healthy (readiness and liveness probes, load balancer health check)."
  type        = string
  default     = "/health"

  validation {
    condition     = can(regex("^/[A-Za-z0-9/._-]*$", var.health_check_path))
    error_message = "health_check_path must be an absolute URL path."
  }
}

variable "load_balancer" {
  description = "Where the internal Application Load Balancer sends requests for path_prefix (and everything below it): its listener, the rule priority, the node port of the service and the VPC and node Auto Scaling groups of the target group. null keeps the service inside the cluster."
  type = object({
    listener_arn            = string
    rule_priority           = number
    path_prefix             = string
    node_port               = number
    vpc_id                  = string
    autoscaling_group_names = list(string)
  })
  default = null

  validation {
    condition = var.load_balancer == null ? true : (
      can(regex("^arn:aws[a-z-]*:elasticloadbalancing:", var.load_balancer.listener_arn)) &&
      var.load_balancer.rule_priority >= 1 && var.load_balancer.rule_priority <= 50000 &&
      can(regex("^/[a-z0-9-]+(/[a-z0-9-]+)*$", var.load_balancer.path_prefix)) &&
      var.load_balancer.node_port >= 30000 && var.load_balancer.node_port <= 32767 &&
      can(regex("^vpc-[0-9a-f]{8,17}$", var.load_balancer.vpc_id)) &&
      length(var.load_balancer.autoscaling_group_names) > 0
    )
    error_message = "load_balancer needs a listener ARN, a rule priority of 1-50000, a path_prefix like /orders, a node_port of 30000-32767, a VPC id and at least one Auto Scaling group."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic the CPU, memory and running-pod alarms notify (Container Insights metrics); null creates no alarm."
  type        = string
  default     = null
}
