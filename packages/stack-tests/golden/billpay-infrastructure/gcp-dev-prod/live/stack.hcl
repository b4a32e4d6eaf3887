# Settings shared by every environment of this BillPay stack, as chosen in the portal's form.
# root.hcl reads them for every unit; change them here rather than in the units.
locals {
  name               = "gcp-core"
  description        = "BillPay on Google Cloud"
  cloud              = "gcp"
  region             = "us-central1"
  kubernetes_version = "1.31"
  project_id         = "billpay-prod-4821"

  # BillPay services hosted here; every one but the backend is an Angular micro-frontend.
  services  = ["backend", "frontend-a"]
  frontends = [for s in local.services : s if s != "backend"]

  # Parent DNS name of the frontends (prod uses it as is, other environments <env>.<domain>).
  domain     = null
  monitoring = false

  owner       = "group:default/platform-team"
  cost_center = "payments"

  # Required on every resource: owner, environment (added by root.hcl) and cost-center.
  tags = {
    owner         = "platform-team"
    "cost-center" = "payments"
    stack         = "billpay-gcp-core"
    "managed-by"  = "opentofu"
  }
}
