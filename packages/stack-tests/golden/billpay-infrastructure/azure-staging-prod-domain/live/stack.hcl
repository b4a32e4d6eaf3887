# Settings shared by every environment of this BillPay stack, as chosen in the portal's form.
# root.hcl reads them for every unit; change them here rather than in the units.
locals {
  name               = "azure-core"
  description        = "BillPay on Azure"
  cloud              = "azure"
  region             = "brazilsouth"
  kubernetes_version = "1.30"

  # Address range of each environment's network; the networking unit carves the subnets out of it.
  network_cidr = "10.0.0.0/16"

  # BillPay services hosted here; every one but the backend is an Angular micro-frontend.
  services  = ["backend", "frontend-a", "frontend-b", "feature-flags"]
  frontends = [for s in local.services : s if s != "backend"]

  # Parent DNS name of the frontends (prod uses it as is, other environments <env>.<domain>).
  domain     = "billpay.example.net"
  monitoring = true

  owner       = "group:default/platform-team"
  cost_center = "payments"

  # Required on every resource: owner, environment (added by root.hcl) and cost-center.
  tags = {
    owner         = "platform-team"
    "cost-center" = "payments"
    stack         = "billpay-azure-core"
    "managed-by"  = "opentofu"
  }
}
