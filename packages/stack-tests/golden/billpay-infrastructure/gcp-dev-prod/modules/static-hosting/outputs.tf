# Site coordinates for the frontend workflows, the DNS owners and the catalog.

output "bucket_names" {
  description = "Cloud Storage bucket per site."
  value       = { for k, b in google_storage_bucket.this : k => b.name }
}

output "backend_bucket_names" {
  description = "CDN-enabled backend bucket per site (for cache invalidation through its URL map)."
  value       = { for k, b in google_compute_backend_bucket.this : k => b.name }
}

output "url_map_names" {
  description = "URL map per site; gcloud compute url-maps invalidate-cdn-cache takes it."
  value       = { for k, m in google_compute_url_map.this : k => m.name }
}

output "ip_addresses" {
  description = "Global IP per site; point the site's DNS A record at it."
  value       = { for k, a in google_compute_global_address.this : k => a.address }
}

output "site_urls" {
  description = "Public URL per site."
  value = {
    for k, a in google_compute_global_address.this : k => (local.use_domain ? "https://${local.site_hosts[k]}" : "http://${a.address}")
  }
}
