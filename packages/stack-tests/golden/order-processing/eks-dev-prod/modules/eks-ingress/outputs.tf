# Values the services and the API gateway read from the eks-ingress module.

output "load_balancer_arn" {
  description = "ARN of the internal load balancer."
  value       = aws_lb.this.arn
}

output "load_balancer_dns_name" {
  description = "Private DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "listener_arn" {
  description = "HTTP listener: services add their path rules to it, and the API gateway's integrations target it through the VPC link."
  value       = aws_lb_listener.http.arn
}

output "security_group_id" {
  description = "Security group of the load balancer."
  value       = aws_security_group.this.id
}
