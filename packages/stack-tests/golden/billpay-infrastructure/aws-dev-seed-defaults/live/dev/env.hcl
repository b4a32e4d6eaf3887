# Settings of one environment: node sizes from the portal's form, and the redundancy and
# protection that set dev, staging and prod apart (dev small and cheap, prod spread over zones,
# deletion-protected, with longer log retention). root.hcl reads this file for every unit here.
locals {
  environment = "dev"
  namespace   = "billpay-dev"

  # Kubernetes nodes
  node_instance_type = "t3.medium"
  node_min_size      = 1
  node_desired_size  = 2
  node_max_size      = 3
  node_disk_size     = 20

  # Redundancy and protection
  deletion_protection = false
  log_retention_days  = 14
  # One NAT gateway shared by both zones, or one per zone in prod.
  single_nat_gateway = true
  # Days a deleted secret can still be restored.
  secret_recovery_days = 7
  # IAM roles of the application pipelines (billpay-service and billpay-frontend repositories)
  # allowed to deploy into this environment's namespace, e.g.
  # "arn:aws:iam::123456789012:role/billpay-backend-deploy".
  deploy_role_arns = []

  # DNS name the frontends are published under in this environment (null: CDN host names).
  domain_name = null
}
