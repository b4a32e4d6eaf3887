# Unit services/product of this environment: everything comes from root.hcl, _envcommon/services/product.hcl
# and the Kubernetes provider of _envcommon/kubernetes-provider.hcl.
include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/live/_envcommon/services/product.hcl"
}

include "kubernetes" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/live/_envcommon/kubernetes-provider.hcl"
}
