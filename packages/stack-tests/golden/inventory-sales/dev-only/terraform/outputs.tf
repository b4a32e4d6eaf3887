# Outputs of one environment. The flat ones feed Ansible (scripts/tofu-to-ansible-vars.sh) and people;
# the per-module objects are what the workflow reshapes into outputs.json for the portal.

output "web_instance_private_ips" {
  description = "Private addresses of the web servers running after the last apply."
  value       = module.asg.instance_private_ips
}

output "web_instance_ids" {
  description = "Instance ids of the web servers (Ansible connects to them through SSM)."
  value       = module.asg.instance_ids
}

output "load_balancer_dns" {
  description = "DNS name of the load balancer; point the site's domain at it."
  value       = module.elb.dns_name
}

output "database_endpoint" {
  description = "host:port of the MySQL database."
  value       = module.rds.endpoint
}

output "database_secret_arn" {
  description = "Secrets Manager secret with the generated database password."
  value       = module.rds.master_user_secret_arn
}

output "ansible_transfer_bucket" {
  description = "Bucket Ansible's SSM connection copies files through."
  value       = module.s3_ansible_transfer.bucket_id
}

output "networking" {
  description = "All outputs of the networking module."
  value       = module.networking
}

output "ec2" {
  description = "All outputs of the ec2 module."
  value       = module.ec2
}

output "asg" {
  description = "All outputs of the asg module."
  value       = module.asg
}

output "elb" {
  description = "All outputs of the elb module."
  value       = module.elb
}

output "rds" {
  description = "All outputs of the rds module."
  value       = module.rds
}

output "s3" {
  description = "All outputs of the s3 module (files and backups bucket)."
  value       = module.s3
}
