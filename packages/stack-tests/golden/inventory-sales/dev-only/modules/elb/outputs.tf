# Values DNS, monitoring and CI read from the elb module.

output "dns_name" {
  description = "DNS name of the load balancer (point the application's domain at it)."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Route 53 zone of the load balancer, for alias records."
  value       = aws_lb.this.zone_id
}

output "arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch dimension)."
  value       = aws_lb.this.arn_suffix
}

output "target_group_arn" {
  description = "ARN of the web target group."
  value       = aws_lb_target_group.this.arn
}

output "security_group_id" {
  description = "Security group of the load balancer (the web servers admit it)."
  value       = aws_security_group.this.id
}

output "https_enabled" {
  description = "Whether an HTTPS listener exists."
  value       = var.certificate_arn != null
}
