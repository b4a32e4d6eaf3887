# EKS settings shared by every environment; live/<environment>/eks/terragrunt.hcl includes this
# file and adds what differs (sizes, version, network).
inputs = {
  enabled_log_types            = ["api", "audit", "authenticator"]
  endpoint_public_access       = true
  endpoint_public_access_cidrs = ["0.0.0.0/0"]
}
