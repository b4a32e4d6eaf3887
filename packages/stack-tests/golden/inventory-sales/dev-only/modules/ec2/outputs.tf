# Values the asg module, Ansible and CI read from the ec2 module.

output "launch_template_id" {
  description = "ID of the web server launch template."
  value       = aws_launch_template.this.id
}

output "launch_template_version" {
  description = "Latest version of the launch template (the auto scaling group rolls to it)."
  value       = aws_launch_template.this.latest_version
}

output "security_group_id" {
  description = "Security group of the web servers (the database admits it)."
  value       = aws_security_group.this.id
}

output "iam_role_name" {
  description = "Name of the web servers' instance role."
  value       = aws_iam_role.this.name
}

output "ami_id" {
  description = "AMI the launch template uses."
  value       = local.ami_id
}
