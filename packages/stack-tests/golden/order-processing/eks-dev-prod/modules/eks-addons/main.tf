# What workloads that scale on an EKS cluster rely on: the Kubernetes Metrics Server (CPU metrics of
# the horizontal pod autoscalers), CloudWatch Container Insights through the
# amazon-cloudwatch-observability add-on (pod metrics for alarms, container logs, each log group with
# a retention), and the Cluster Autoscaler, which adds nodes when pods do not fit and removes idle
# ones. Each add-on that calls AWS has its own IAM role for its service account.

data "aws_partition" "current" {}

locals {
  issuer_host = replace(var.oidc_issuer_url, "https://", "")

  # Service accounts that assume a role, by component.
  service_accounts = {
    cloudwatch-agent   = { namespace = "amazon-cloudwatch", name = "cloudwatch-agent" }
    cluster-autoscaler = { namespace = "kube-system", name = "cluster-autoscaler" }
  }
}

data "aws_iam_policy_document" "assume" {
  for_each = local.service_accounts

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:sub"
      values   = ["system:serviceaccount:${each.value.namespace}:${each.value.name}"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  for_each = local.service_accounts

  name               = "${var.cluster_name}-${each.key}"
  description        = "${each.key} of the ${var.cluster_name} EKS cluster"
  assume_role_policy = data.aws_iam_policy_document.assume[each.key].json
}

################################################################################
# Metrics Server
################################################################################

resource "aws_eks_addon" "metrics_server" {
  cluster_name                = var.cluster_name
  addon_name                  = "metrics-server"
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
}

################################################################################
# Container Insights: CloudWatch agent and Fluent Bit
################################################################################

resource "aws_iam_role_policy_attachment" "cloudwatch_agent" {
  role       = aws_iam_role.this["cloudwatch-agent"].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/CloudWatchAgentServerPolicy"
}

# Created before the add-on so the retention applies from the first event.
resource "aws_cloudwatch_log_group" "container_insights" {
  for_each = toset(["application", "dataplane", "host", "performance"])

  name              = "/aws/containerinsights/${var.cluster_name}/${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_eks_addon" "cloudwatch_observability" {
  cluster_name                = var.cluster_name
  addon_name                  = "amazon-cloudwatch-observability"
  service_account_role_arn    = aws_iam_role.this["cloudwatch-agent"].arn
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  depends_on = [
    aws_iam_role_policy_attachment.cloudwatch_agent,
    aws_cloudwatch_log_group.container_insights,
  ]
}

################################################################################
# Cluster Autoscaler
################################################################################

# Reads every group, changes only the node groups of this cluster (EKS tags them for it).
data "aws_iam_policy_document" "cluster_autoscaler" {
  statement {
    sid = "ReadScalingState"
    actions = [
      "autoscaling:DescribeAutoScalingGroups",
      "autoscaling:DescribeAutoScalingInstances",
      "autoscaling:DescribeLaunchConfigurations",
      "autoscaling:DescribeScalingActivities",
      "autoscaling:DescribeTags",
      "ec2:DescribeImages",
      "ec2:DescribeInstanceTypes",
      "ec2:DescribeLaunchTemplateVersions",
      "ec2:GetInstanceTypesFromInstanceRequirements",
      "eks:DescribeNodegroup",
    ]
    resources = ["*"]
  }

  statement {
    sid = "ScaleOwnNodeGroups"
    actions = [
      "autoscaling:SetDesiredCapacity",
      "autoscaling:TerminateInstanceInAutoScalingGroup",
    ]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/k8s.io/cluster-autoscaler/${var.cluster_name}"
      values   = ["owned"]
    }
  }
}

resource "aws_iam_role_policy" "cluster_autoscaler" {
  name   = "cluster-autoscaler"
  role   = aws_iam_role.this["cluster-autoscaler"].id
  policy = data.aws_iam_policy_document.cluster_autoscaler.json
}

resource "helm_release" "cluster_autoscaler" {
  name       = "cluster-autoscaler"
  repository = "https://kubernetes.github.io/autoscaler"
  chart      = "cluster-autoscaler"
  version    = var.cluster_autoscaler_chart_version
  namespace  = local.service_accounts["cluster-autoscaler"].namespace
  atomic     = true
  timeout    = 600

  values = [yamlencode({
    awsRegion     = var.region
    autoDiscovery = { clusterName = var.cluster_name }
    image         = { tag = var.cluster_autoscaler_image_tag }
    extraArgs = {
      expander                      = "least-waste"
      "balance-similar-node-groups" = true
      "skip-nodes-with-system-pods" = false
    }
    rbac = {
      serviceAccount = {
        create = true
        name   = local.service_accounts["cluster-autoscaler"].name
        annotations = {
          "eks.amazonaws.com/role-arn" = aws_iam_role.this["cluster-autoscaler"].arn
        }
      }
    }
  })]

  depends_on = [aws_iam_role_policy.cluster_autoscaler]
}
