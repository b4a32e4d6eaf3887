# The public entry of the microservices: an HTTP API whose routes (<prefix> and <prefix>/{proxy+}) reach
# the services privately through a VPC link, at their Cloud Map entries or at an internal load
# balancer's listener, with optional JWT authorization, CORS, throttling, JSON access logs and an
# alarm on server errors.

resource "aws_security_group" "vpc_link" {
  name_prefix = "${var.name}-vpclink-"
  description = "VPC link of the ${var.name} API"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-vpclink" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_egress_rule" "vpc_link" {
  security_group_id = aws_security_group.vpc_link.id
  cidr_ipv4         = data.aws_vpc.this.cidr_block
  ip_protocol       = "tcp"
  from_port         = 1
  to_port           = 65535
  description       = "Services inside the VPC"
}

data "aws_vpc" "this" {
  id = var.vpc_id
}

resource "aws_apigatewayv2_vpc_link" "this" {
  name               = var.name
  subnet_ids         = var.subnet_ids
  security_group_ids = [aws_security_group.vpc_link.id]
}

resource "aws_apigatewayv2_api" "this" {
  name          = var.name
  protocol_type = "HTTP"
  description   = "Public API of ${var.name}"

  dynamic "cors_configuration" {
    for_each = length(var.cors_allowed_origins) > 0 ? [1] : []

    content {
      allow_origins     = var.cors_allowed_origins
      allow_methods     = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
      allow_headers     = ["authorization", "content-type", "x-request-id"]
      allow_credentials = true
      max_age           = 600
    }
  }
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  count = var.jwt_issuer == null ? 0 : 1

  api_id           = aws_apigatewayv2_api.this.id
  name             = "users-jwt"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    issuer   = var.jwt_issuer
    audience = var.jwt_audience
  }
}

resource "aws_apigatewayv2_integration" "this" {
  for_each = var.routes

  api_id             = aws_apigatewayv2_api.this.id
  integration_type   = "HTTP_PROXY"
  integration_method = "ANY"
  integration_uri    = coalesce(each.value.discovery_service_arn, each.value.listener_arn)
  connection_type    = "VPC_LINK"
  connection_id      = aws_apigatewayv2_vpc_link.this.id

  request_parameters = {
    "append:header.x-forwarded-prefix" = each.value.path_prefix
  }
}

locals {
  route_keys = merge([
    for name, r in var.routes : {
      "${name}-root"  = { name = name, key = "ANY ${r.path_prefix}", authorize = r.authorize }
      "${name}-proxy" = { name = name, key = "ANY ${r.path_prefix}/{proxy+}", authorize = r.authorize }
    }
  ]...)
}

resource "aws_apigatewayv2_route" "this" {
  for_each = local.route_keys

  api_id             = aws_apigatewayv2_api.this.id
  route_key          = each.value.key
  target             = "integrations/${aws_apigatewayv2_integration.this[each.value.name].id}"
  authorization_type = var.jwt_issuer != null && each.value.authorize ? "JWT" : "NONE"
  authorizer_id      = var.jwt_issuer != null && each.value.authorize ? aws_apigatewayv2_authorizer.jwt[0].id : null
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/${var.name}"
  retention_in_days = var.log_retention_days
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true

  default_route_settings {
    throttling_rate_limit  = var.throttling_rate_limit
    throttling_burst_limit = var.throttling_burst_limit
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format = jsonencode({
      requestId = "$context.requestId"
      time      = "$context.requestTime"
      method    = "$context.httpMethod"
      route     = "$context.routeKey"
      status    = "$context.status"
      latency   = "$context.responseLatency"
      ip        = "$context.identity.sourceIp"
      error     = "$context.integrationErrorMessage"
    })
  }
}

resource "aws_cloudwatch_metric_alarm" "server_errors" {
  count = var.alarm_topic_arn == null ? 0 : 1

  alarm_name          = "${var.name}-5xx"
  alarm_description   = "The ${var.name} API answered more than 5% of requests with a 5xx for 10 minutes."
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  threshold           = 5
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  metric_query {
    id          = "rate"
    expression  = "IF(requests > 0, 100 * errors / requests, 0)"
    label       = "5xx percentage"
    return_data = true
  }

  metric_query {
    id = "errors"

    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "5xx"
      period      = 300
      stat        = "Sum"
      dimensions  = { ApiId = aws_apigatewayv2_api.this.id }
    }
  }

  metric_query {
    id = "requests"

    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "Count"
      period      = 300
      stat        = "Sum"
      dimensions  = { ApiId = aws_apigatewayv2_api.this.id }
    }
  }
}
