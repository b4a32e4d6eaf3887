# Container registry (OCIR) for the BillPay services: one private repository per service,
# encrypted at rest by OCI, with immutable tags. Free-form tags are left off so the module does
# not depend on the provider release that added them to container repositories; the
# <name>/<service> path and the compartment say whose they are.

resource "oci_artifacts_container_repository" "this" {
  for_each = toset(var.repositories)

  compartment_id = var.compartment_id
  display_name   = "${var.name}/${each.key}"
  is_public      = false
  is_immutable   = var.immutable

  readme {
    content = "Images of the BillPay ${each.key} service (${var.name}), tagged with the git SHA."
    format  = "TEXT_PLAIN"
  }
}
