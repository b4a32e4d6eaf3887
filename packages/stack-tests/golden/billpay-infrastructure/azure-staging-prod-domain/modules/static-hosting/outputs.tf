# Site coordinates for deployments, DNS owners and the catalog.

output "storage_account_names" {
  description = "Storage account per site; upload the build to its $web container."
  value       = { for k, a in azurerm_storage_account.this : k => a.name }
}

output "frontdoor_profile_name" {
  description = "Name of the Front Door profile (for cache purges)."
  value       = azurerm_cdn_frontdoor_profile.this.name
}

output "endpoint_host_names" {
  description = "Front Door host (xxxx.azurefd.net) per site."
  value       = { for k, e in azurerm_cdn_frontdoor_endpoint.this : k => e.host_name }
}

output "site_urls" {
  description = "Public HTTPS URL per site."
  value       = { for k, e in azurerm_cdn_frontdoor_endpoint.this : k => "https://${coalesce(local.site_hosts[k], e.host_name)}" }
}

output "custom_domain_validation_tokens" {
  description = "TXT value per site to publish at _dnsauth.<site host> so Front Door issues the certificate; empty without a domain."
  value       = { for k, d in azurerm_cdn_frontdoor_custom_domain.this : k => d.validation_token }
}
