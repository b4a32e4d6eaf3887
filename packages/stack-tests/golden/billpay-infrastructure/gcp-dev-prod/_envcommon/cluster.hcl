# GKE settings shared by every environment: upgrade channel and the control plane's private range.
inputs = {
  release_channel        = "REGULAR"
  master_ipv4_cidr_block = "172.16.0.0/28"
}
