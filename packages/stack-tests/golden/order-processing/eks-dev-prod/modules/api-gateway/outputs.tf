# Values the front end, the services and CI read from the api-gateway module.

output "api_id" {
  description = "ID of the HTTP API."
  value       = aws_apigatewayv2_api.this.id
}

output "api_endpoint" {
  description = "Public base URL of the API."
  value       = aws_apigatewayv2_api.this.api_endpoint
}

output "vpc_link_security_group_id" {
  description = "Security group of the VPC link; services admit it on their port."
  value       = aws_security_group.vpc_link.id
}
