# Values Ansible, Prometheus and CI read from the asg module.

output "autoscaling_group_name" {
  description = "Name of the auto scaling group (Ansible's dynamic inventory filters on it)."
  value       = aws_autoscaling_group.this.name
}

output "autoscaling_group_arn" {
  description = "ARN of the auto scaling group."
  value       = aws_autoscaling_group.this.arn
}

output "instance_ids" {
  description = "IDs of the instances running when the plan was applied."
  value       = data.aws_instances.this.ids
}

output "instance_private_ips" {
  description = "Private IP addresses of the instances running when the plan was applied."
  value       = data.aws_instances.this.private_ips
}

output "instance_public_ips" {
  description = "Public IP addresses of those instances (empty in private subnets)."
  value       = data.aws_instances.this.public_ips
}
