# Unit lambda-notifications of this environment: everything comes from root.hcl and _envcommon/lambda-notifications.hcl.
include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/live/_envcommon/lambda-notifications.hcl"
}
