# Settings of one environment: node sizes from the portal's form, and the redundancy and
# protection that set dev, staging and prod apart (dev small and cheap, prod spread over zones,
# deletion-protected, with longer log retention). root.hcl reads this file for every unit here.
locals {
  environment = "dev"
  namespace   = "billpay-dev"

  # Kubernetes nodes
  node_instance_type = "VM.Standard.E4.Flex"
  node_min_size      = 1
  node_desired_size  = 2
  node_max_size      = 3
  node_ocpus         = 2
  node_memory_gbs    = 16

  # Redundancy and protection
  # OKE cluster type: basic (free control plane) or enhanced (SLA, add-ons) in prod.
  cluster_type = "BASIC_CLUSTER"

  # DNS name the frontends are published under in this environment (null: CDN host names).
  domain_name = null
}
