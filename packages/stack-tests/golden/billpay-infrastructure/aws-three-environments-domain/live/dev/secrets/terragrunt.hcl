# Secrets Manager containers of this environment, one per service. Values are written by the
# service owners (see docs/runbook.md), never here.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/secrets"
}

inputs = {
  name                    = "billpay/${include.root.locals.stack.name}/${include.root.locals.env.environment}"
  secrets                 = { for s in include.root.locals.stack.services : s => { description = "Runtime settings and credentials of the BillPay ${s} service" } }
  recovery_window_in_days = include.root.locals.env.secret_recovery_days
}
