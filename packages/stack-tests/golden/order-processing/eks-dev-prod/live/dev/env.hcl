# Settings of one environment ("dev"): network range and sizes. Production gets the
# highly available layout when the portal form asked for it.
locals {
  environment       = "dev"
  vpc_cidr          = "10.90.0.0/16"
  high_availability = false

  service_image_tag = "2024.09.2"
  service_min_count = 1
  service_max_count = 2

  msk_broker_type    = "kafka.m5.large"
  mq_instance_type   = "mq.m5.large"
  rds_instance_class = "db.m6g.large"

  # EKS nodes: one pod of every service asks for 2 vCPU and 4 GiB. The group holds every service at
  # its fewest pods, the Cluster Autoscaler grows it up to every service at its most pods, and one
  # node more is kept for the cluster's own pods and rolling updates.
  node_instance_type = "m5.large"
  node_min_size      = 2
  node_max_size      = 3
}
