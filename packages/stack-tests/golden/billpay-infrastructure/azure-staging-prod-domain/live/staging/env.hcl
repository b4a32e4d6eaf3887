# Settings of one environment: node sizes from the portal's form, and the redundancy and
# protection that set dev, staging and prod apart (dev small and cheap, prod spread over zones,
# deletion-protected, with longer log retention). root.hcl reads this file for every unit here.
locals {
  environment = "staging"
  namespace   = "billpay-staging"

  # Kubernetes nodes
  node_instance_type = "Standard_D2s_v5"
  node_min_size      = 2
  node_desired_size  = 2
  node_max_size      = 4
  node_disk_size     = 64

  # Redundancy and protection
  deletion_protection = false
  aks_sku_tier        = "Free"
  node_zones          = []
  acr_sku             = "Standard"
  storage_replication = "LRS"

  # DNS name the frontends are published under in this environment (null: CDN host names).
  domain_name = "staging.billpay.example.net"
}
