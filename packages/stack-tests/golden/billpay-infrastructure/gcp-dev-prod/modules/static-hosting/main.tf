# Hosting for the BillPay micro-frontends on Google Cloud: per site a private Cloud Storage
# bucket (public access prevented) served through a global external HTTP(S) load balancer whose
# backend bucket has Cloud CDN on. Cloud CDN reads the bucket with its own service agent.

data "google_project" "this" {
  project_id = var.project_id
}

locals {
  use_domain = var.domain_name != null
  site_hosts = { for s in var.sites : s => local.use_domain ? "${s}.${var.domain_name}" : null }
  # Bucket names are global: a short hash of project and name keeps them unique.
  bucket_names = {
    for s in var.sites : s => "${var.name}-${s}-${substr(sha1("${var.project_id}/${var.name}/${s}"), 0, 8)}"
  }
}

resource "google_storage_bucket" "this" {
  for_each = toset(var.sites)

  project                     = var.project_id
  name                        = local.bucket_names[each.key]
  location                    = var.bucket_location
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  force_destroy               = var.force_destroy
  labels                      = merge(var.labels, { site = each.key })

  versioning {
    enabled = true
  }

  website {
    main_page_suffix = "index.html"
    not_found_page   = "index.html"
  }

  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 30
    }

    action {
      type = "Delete"
    }
  }
}

resource "google_compute_backend_bucket" "this" {
  for_each = google_storage_bucket.this

  project     = var.project_id
  name        = "${var.name}-${each.key}"
  description = "BillPay ${each.key} static site"
  bucket_name = each.value.name
  enable_cdn  = true

  cdn_policy {
    cache_mode        = "CACHE_ALL_STATIC"
    default_ttl       = 3600
    max_ttl           = 86400
    client_ttl        = 3600
    negative_caching  = true
    serve_while_stale = 86400
  }
}

# Cloud CDN fetches objects as its service agent, so the bucket stays closed to everyone else.
# Granted after the CDN-enabled backend exists, which is when the project has that agent.
resource "google_storage_bucket_iam_member" "cdn_reader" {
  for_each = google_storage_bucket.this

  bucket = each.value.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:service-${data.google_project.this.number}@cloud-cdn-fill.iam.gserviceaccount.com"

  depends_on = [google_compute_backend_bucket.this]
}

resource "google_compute_url_map" "this" {
  for_each = google_compute_backend_bucket.this

  project         = var.project_id
  name            = "${var.name}-${each.key}"
  default_service = each.value.id
}

resource "google_compute_global_address" "this" {
  for_each = toset(var.sites)

  project = var.project_id
  name    = "${var.name}-${each.key}"
}

################################################################################
# Without a domain: HTTP on the load balancer IP
################################################################################

resource "google_compute_target_http_proxy" "this" {
  for_each = local.use_domain ? {} : google_compute_url_map.this

  project = var.project_id
  name    = "${var.name}-${each.key}"
  url_map = each.value.id
}

resource "google_compute_global_forwarding_rule" "http" {
  for_each = local.use_domain ? {} : google_compute_target_http_proxy.this

  project               = var.project_id
  name                  = "${var.name}-${each.key}-http"
  target                = each.value.id
  ip_address            = google_compute_global_address.this[each.key].address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  labels                = var.labels
}

################################################################################
# With a domain: HTTPS with a managed certificate, HTTP redirected
################################################################################

resource "google_compute_managed_ssl_certificate" "this" {
  for_each = local.use_domain ? toset(var.sites) : toset([])

  project = var.project_id
  name    = "${var.name}-${each.key}"

  managed {
    domains = [local.site_hosts[each.key]]
  }
}

resource "google_compute_target_https_proxy" "this" {
  for_each = local.use_domain ? google_compute_url_map.this : {}

  project          = var.project_id
  name             = "${var.name}-${each.key}"
  url_map          = each.value.id
  ssl_certificates = [google_compute_managed_ssl_certificate.this[each.key].id]
}

resource "google_compute_global_forwarding_rule" "https" {
  for_each = local.use_domain ? google_compute_target_https_proxy.this : {}

  project               = var.project_id
  name                  = "${var.name}-${each.key}-https"
  target                = each.value.id
  ip_address            = google_compute_global_address.this[each.key].address
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  labels                = var.labels
}

resource "google_compute_url_map" "redirect" {
  for_each = local.use_domain ? toset(var.sites) : toset([])

  project = var.project_id
  name    = "${var.name}-${each.key}-redirect"

  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  for_each = google_compute_url_map.redirect

  project = var.project_id
  name    = "${var.name}-${each.key}-redirect"
  url_map = each.value.id
}

resource "google_compute_global_forwarding_rule" "redirect" {
  for_each = google_compute_target_http_proxy.redirect

  project               = var.project_id
  name                  = "${var.name}-${each.key}-redirect"
  target                = each.value.id
  ip_address            = google_compute_global_address.this[each.key].address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  labels                = var.labels
}
