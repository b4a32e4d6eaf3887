# Settings of one environment: node sizes from the portal's form, and the redundancy and
# protection that set dev, staging and prod apart (dev small and cheap, prod spread over zones,
# deletion-protected, with longer log retention). root.hcl reads this file for every unit here.
locals {
  environment = "prod"
  namespace   = "billpay-prod"

  # Kubernetes nodes
  node_instance_type = "e2-standard-4"
  node_min_size      = 3
  node_desired_size  = 3
  node_max_size      = 6
  node_disk_size     = 50

  # Redundancy and protection
  deletion_protection = true
  # Zones the nodes spread over.
  zone_count = 3

  # DNS name the frontends are published under in this environment (null: CDN host names).
  domain_name = null
}
