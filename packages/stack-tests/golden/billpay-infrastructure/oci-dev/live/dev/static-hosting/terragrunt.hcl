# Hosting of the BillPay micro-frontends in this environment: a private bucket per frontend
# behind the CDN, under this environment's domain when one is set.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/static-hosting"
}

inputs = {
  name           = include.root.locals.name_prefix
  compartment_id = include.root.locals.stack.compartment_id
  sites          = include.root.locals.stack.frontends
}
