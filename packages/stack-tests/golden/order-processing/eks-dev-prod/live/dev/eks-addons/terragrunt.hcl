# Unit eks-addons of this environment: everything comes from root.hcl and _envcommon/eks-addons.hcl.
include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/live/_envcommon/eks-addons.hcl"
}
