# Resource group of this environment; locked against deletion in prod.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/resource-group"
}

inputs = {
  name     = include.root.locals.name_prefix
  location = include.root.locals.stack.region
  lock     = include.root.locals.env.deletion_protection
}
