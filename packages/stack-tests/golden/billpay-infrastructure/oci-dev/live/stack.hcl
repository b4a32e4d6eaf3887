# Settings shared by every environment of this BillPay stack, as chosen in the portal's form.
# root.hcl reads them for every unit; change them here rather than in the units.
locals {
  name               = "oci-core"
  description        = "BillPay on Oracle Cloud"
  cloud              = "oci"
  region             = "sa-saopaulo-1"
  kubernetes_version = "1.31"
  compartment_id     = "ocid1.compartment.oc1..aaaaaaaabillpaydevexample"

  # Address range of each environment's network; the networking unit carves the subnets out of it.
  network_cidr = "10.0.0.0/16"

  # BillPay services hosted here; every one but the backend is an Angular micro-frontend.
  services  = ["backend", "feature-flags"]
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
    stack         = "billpay-oci-core"
    "managed-by"  = "opentofu"
  }
}
