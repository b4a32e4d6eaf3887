# Settings of one environment: node sizes from the portal's form, and the redundancy and
# protection that set dev, staging and prod apart (dev small and cheap, prod spread over zones,
# deletion-protected, with longer log retention). root.hcl reads this file for every unit here.
locals {
  environment = "dev"
  namespace   = "billpay-dev"

  # Kubernetes nodes
  node_instance_type = "e2-standard-2"
  node_min_size      = 1
  node_desired_size  = 2
  node_max_size      = 3
  node_disk_size     = 30

  # Redundancy and protection
  deletion_protection = false
  # Zones the nodes spread over.
  zone_count = 1

  # DNS name the frontends are published under in this environment (null: CDN host names).
  domain_name = null
}
