# One microservice on EKS: its own namespace under the restricted Pod Security Standard; an IAM role
# for its service account (IRSA) holding exactly the statements the service needs; the deployment
# (rolling updates that keep every pod serving, read-only root filesystem, no root, probes on the
# health path); a Kubernetes service, a NodePort one when the internal load balancer routes a path
# to it; CPU-based horizontal pod autoscaling; a disruption budget; and alarms on Container Insights
# metrics.

locals {
  issuer_host = replace(var.oidc_issuer_url, "https://", "")
  selector    = { "app.kubernetes.io/name" = var.name }
  labels      = merge(local.selector, { "app.kubernetes.io/managed-by" = "opentofu" })
  routed      = var.load_balancer != null
  alarms = var.alarm_topic_arn == null ? {} : {
    cpu    = { metric = "pod_cpu_utilization_over_pod_limit", description = "CPU above 85% of the pods' limit for 15 minutes" }
    memory = { metric = "pod_memory_utilization_over_pod_limit", description = "memory above 85% of the pods' limit for 15 minutes" }
  }
}

################################################################################
# IAM role for the service account
################################################################################

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:sub"
      values   = ["system:serviceaccount:${var.name}:${var.name}"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name_prefix        = "${substr(var.name, 0, 20)}-irsa-"
  description        = "What the ${var.name} service's code may do in AWS (service account ${var.name}/${var.name} of ${var.cluster_name})"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "service" {
  count = length(var.policy_statements) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = var.policy_statements

    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "service" {
  count = length(var.policy_statements) > 0 ? 1 : 0

  name   = "service"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.service[0].json
}

################################################################################
# Namespace, service account and workload
################################################################################

resource "kubernetes_namespace_v1" "this" {
  metadata {
    name = var.name

    labels = merge(local.labels, {
      # Pod Security Standards: the service runs as non-root without privileges.
      "pod-security.kubernetes.io/enforce" = "restricted"
    })
  }
}

resource "kubernetes_service_account_v1" "this" {
  metadata {
    name      = var.name
    namespace = kubernetes_namespace_v1.this.metadata[0].name
    labels    = local.labels

    annotations = {
      "eks.amazonaws.com/role-arn" = aws_iam_role.this.arn
    }
  }

  # The pods call AWS with the role above, never the Kubernetes API.
  automount_service_account_token = false
}

resource "kubernetes_deployment_v1" "this" {
  metadata {
    name      = var.name
    namespace = kubernetes_namespace_v1.this.metadata[0].name
    labels    = local.labels
  }

  spec {
    replicas                  = var.min_count
    revision_history_limit    = 5
    progress_deadline_seconds = 600

    selector {
      match_labels = local.selector
    }

    strategy {
      type = "RollingUpdate"

      rolling_update {
        max_surge       = "1"
        max_unavailable = "0"
      }
    }

    template {
      metadata {
        labels = local.labels
      }

      spec {
        service_account_name            = kubernetes_service_account_v1.this.metadata[0].name
        automount_service_account_token = false

        security_context {
          run_as_non_root = true
          run_as_user     = 10001
          run_as_group    = 10001

          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        # Pods of one service spread over the zones, so losing a zone leaves some serving.
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "topology.kubernetes.io/zone"
          when_unsatisfiable = "ScheduleAnyway"

          label_selector {
            match_labels = local.selector
          }
        }

        container {
          name  = var.name
          image = var.image

          port {
            name           = "http"
            container_port = var.container_port
          }

          dynamic "env" {
            for_each = var.environment_variables

            content {
              name  = env.key
              value = env.value
            }
          }

          resources {
            requests = { cpu = "${var.cpu}m", memory = "${var.memory}Mi" }
            limits   = { cpu = "${var.cpu}m", memory = "${var.memory}Mi" }
          }

          readiness_probe {
            http_get {
              path = var.health_check_path
              port = "http"
            }

            period_seconds    = 10
            timeout_seconds   = 5
            failure_threshold = 3
          }

          liveness_probe {
            http_get {
              path = var.health_check_path
              port = "http"
            }

            initial_delay_seconds = 30
            period_seconds        = 15
            timeout_seconds       = 5
            failure_threshold     = 3
          }

          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true

            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
        }

        volume {
          name = "tmp"

          empty_dir {}
        }
      }
    }
  }

  # The apply fails when the new pods do not become ready, leaving the old ones serving.
  wait_for_rollout = true

  lifecycle {
    # The horizontal pod autoscaler owns the running count after creation.
    ignore_changes = [spec[0].replicas]
  }
}

resource "kubernetes_service_v1" "this" {
  metadata {
    name      = var.name
    namespace = kubernetes_namespace_v1.this.metadata[0].name
    labels    = local.labels
  }

  spec {
    type     = local.routed ? "NodePort" : "ClusterIP"
    selector = local.selector

    port {
      name        = "http"
      port        = 80
      target_port = "http"
      node_port   = try(var.load_balancer.node_port, null)
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "this" {
  metadata {
    name      = var.name
    namespace = kubernetes_namespace_v1.this.metadata[0].name
    labels    = local.labels
  }

  spec {
    min_replicas = var.min_count
    max_replicas = max(var.max_count, var.min_count)

    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.this.metadata[0].name
    }

    metric {
      type = "Resource"

      resource {
        name = "cpu"

        target {
          type                = "Utilization"
          average_utilization = 60
        }
      }
    }
  }
}

# Node drains (node group updates, the cluster autoscaler) take one pod of the service at a time.
resource "kubernetes_pod_disruption_budget_v1" "this" {
  metadata {
    name      = var.name
    namespace = kubernetes_namespace_v1.this.metadata[0].name
    labels    = local.labels
  }

  spec {
    max_unavailable = "1"

    selector {
      match_labels = local.selector
    }
  }
}

################################################################################
# Internal load balancer: target group on the node port, listener rule for the path
################################################################################

resource "aws_lb_target_group" "this" {
  count = local.routed ? 1 : 0

  name_prefix          = substr(var.name, 0, 6)
  port                 = var.load_balancer.node_port
  protocol             = "HTTP"
  target_type          = "instance"
  vpc_id               = var.load_balancer.vpc_id
  deregistration_delay = 30

  health_check {
    path                = var.health_check_path
    port                = "traffic-port"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  lifecycle {
    create_before_destroy = true
  }
}

# Every node of the group answers on the node port; kube-proxy forwards to a ready pod.
resource "aws_autoscaling_attachment" "this" {
  for_each = toset(try(var.load_balancer.autoscaling_group_names, []))

  autoscaling_group_name = each.value
  lb_target_group_arn    = aws_lb_target_group.this[0].arn
}

resource "aws_lb_listener_rule" "this" {
  count = local.routed ? 1 : 0

  listener_arn = var.load_balancer.listener_arn
  priority     = var.load_balancer.rule_priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[0].arn
  }

  condition {
    path_pattern {
      values = [var.load_balancer.path_prefix, "${var.load_balancer.path_prefix}/*"]
    }
  }
}

################################################################################
# Alarms (Container Insights)
################################################################################

resource "aws_cloudwatch_metric_alarm" "usage" {
  for_each = local.alarms

  alarm_name          = "${var.cluster_name}-${var.name}-${each.key}"
  alarm_description   = "${var.name}: ${each.value.description}."
  namespace           = "ContainerInsights"
  metric_name         = each.value.metric
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 85
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    ClusterName = var.cluster_name
    Namespace   = kubernetes_namespace_v1.this.metadata[0].name
    Service     = kubernetes_service_v1.this.metadata[0].name
  }
}

resource "aws_cloudwatch_metric_alarm" "running" {
  count = var.alarm_topic_arn == null ? 0 : 1

  alarm_name          = "${var.cluster_name}-${var.name}-running-pods"
  alarm_description   = "${var.name}: fewer running pods than the minimum for 10 minutes."
  namespace           = "ContainerInsights"
  metric_name         = "service_number_of_running_pods"
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 2
  threshold           = var.min_count
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    ClusterName = var.cluster_name
    Namespace   = kubernetes_namespace_v1.this.metadata[0].name
    Service     = kubernetes_service_v1.this.metadata[0].name
  }
}
