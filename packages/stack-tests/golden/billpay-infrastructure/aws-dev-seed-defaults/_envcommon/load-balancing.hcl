# AWS Load Balancer Controller settings shared by every environment: the pinned chart version
# is upgraded here once for all environments, then rolled out dev first.
inputs = {
  chart_version = "1.8.1"
  replica_count = 2
}
