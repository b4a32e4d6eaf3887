# Hosting of the BillPay micro-frontends in this environment: a private bucket per frontend
# behind the CDN, under this environment's domain when one is set.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/static-hosting"
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/static-hosting.hcl"
}

inputs = {
  name          = include.root.locals.name_prefix
  sites         = include.root.locals.stack.frontends
  domain_name   = include.root.locals.env.domain_name
  force_destroy = !include.root.locals.env.deletion_protection
}
