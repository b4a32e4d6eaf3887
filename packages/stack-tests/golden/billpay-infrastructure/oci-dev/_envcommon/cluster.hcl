# OKE settings shared by every environment: the OKE release each Kubernetes minor version runs.
# Move a version to a newer patch here, then apply dev first.
inputs = {
  oke_versions = {
    "1.29" = "v1.29.1"
    "1.30" = "v1.30.1"
    "1.31" = "v1.31.1"
  }
}
