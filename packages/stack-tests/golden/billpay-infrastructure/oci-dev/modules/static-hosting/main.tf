# Object Storage for the BillPay micro-frontends on OCI: one private, versioned bucket per site.
# OCI has no CDN in front of Object Storage; the sites are served from the cluster (an nginx
# container per frontend behind the OKE load balancer) or through pre-authenticated requests.

data "oci_objectstorage_namespace" "this" {
  compartment_id = var.compartment_id
}

resource "oci_objectstorage_bucket" "this" {
  for_each = toset(var.sites)

  compartment_id = var.compartment_id
  namespace      = data.oci_objectstorage_namespace.this.namespace
  name           = "${var.name}-${each.key}"
  access_type    = "NoPublicAccess"
  storage_tier   = "Standard"
  versioning     = "Enabled"
  kms_key_id     = var.kms_key_id
  freeform_tags  = merge(var.tags, { site = each.key })
}
