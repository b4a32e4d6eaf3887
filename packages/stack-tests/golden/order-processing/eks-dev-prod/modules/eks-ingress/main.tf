# The private entry of the services on an EKS cluster: an internal Application Load Balancer in the
# private subnets with an HTTP listener. Services add their own target group and path rule
# (eks-service module); a path no service claims gets a 404. The nodes admit the load balancer on
# the Kubernetes node port range, nothing else.

locals {
  node_ports = { from = 30000, to = 32767 }
}

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-alb-"
  description = "Internal load balancer of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-alb" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "http" {
  for_each = toset(var.allowed_cidr_blocks)

  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  description       = "Callers of the services (API gateway VPC link)"
}

resource "aws_vpc_security_group_egress_rule" "nodes" {
  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = local.node_ports.from
  to_port                      = local.node_ports.to
  description                  = "Node ports of the services"
}

resource "aws_vpc_security_group_ingress_rule" "nodes_from_load_balancer" {
  security_group_id            = var.node_security_group_id
  referenced_security_group_id = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = local.node_ports.from
  to_port                      = local.node_ports.to
  description                  = "Requests and health checks from the internal load balancer of ${var.name}"
}

resource "aws_lb" "this" {
  name                       = var.name
  internal                   = true
  load_balancer_type         = "application"
  subnets                    = var.subnet_ids
  security_groups            = [aws_security_group.this.id]
  drop_invalid_header_fields = true
  enable_deletion_protection = var.deletion_protection
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "application/json"
      message_body = jsonencode({ message = "Not Found" })
      status_code  = "404"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "server_errors" {
  count = var.alarm_topic_arn == null ? 0 : 1

  alarm_name          = "${var.name}-alb-5xx"
  alarm_description   = "The internal load balancer of ${var.name} answered with a 5xx of its own (no healthy pod behind a path) for 10 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_ELB_5XX_Count"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    LoadBalancer = aws_lb.this.arn_suffix
  }
}
