# Unit s3-product-images of this environment: everything comes from root.hcl and _envcommon/s3-product-images.hcl.
include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/live/_envcommon/s3-product-images.hcl"
}
