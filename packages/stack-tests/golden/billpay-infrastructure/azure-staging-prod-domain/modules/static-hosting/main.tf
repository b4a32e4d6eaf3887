# Hosting for the BillPay micro-frontends on Azure: per site a storage account serving its
# static website (anonymous blob access stays disabled; only the $web endpoint answers), put
# behind an Azure Front Door Standard endpoint with HTTPS redirect and compression. With a
# domain, each site gets a custom domain with a Front Door managed certificate.

data "azurerm_client_config" "current" {}

locals {
  use_domain = var.domain_name != null
  site_hosts = { for s in var.sites : s => local.use_domain ? "${s}.${var.domain_name}" : null }
  # Storage account names are global, 3-24 lowercase letters and digits.
  account_names = {
    for s in var.sites : s => "st${substr(sha1("${data.azurerm_client_config.current.subscription_id}/${var.name}/${s}"), 0, 20)}"
  }
}

resource "azurerm_storage_account" "this" {
  for_each = toset(var.sites)

  name                              = local.account_names[each.key]
  resource_group_name               = var.resource_group_name
  location                          = var.location
  account_kind                      = "StorageV2"
  account_tier                      = "Standard"
  account_replication_type          = var.replication_type
  min_tls_version                   = "TLS1_2"
  https_traffic_only_enabled        = true
  allow_nested_items_to_be_public   = false
  infrastructure_encryption_enabled = true

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = 7
    }
  }

  tags = merge(var.tags, { site = each.key })
}

resource "azurerm_storage_account_static_website" "this" {
  for_each = azurerm_storage_account.this

  storage_account_id = each.value.id
  index_document     = "index.html"
  error_404_document = "index.html"
}

resource "azurerm_cdn_frontdoor_profile" "this" {
  name                = "afd-${var.name}"
  resource_group_name = var.resource_group_name
  sku_name            = "Standard_AzureFrontDoor"

  tags = var.tags
}

resource "azurerm_cdn_frontdoor_endpoint" "this" {
  for_each = toset(var.sites)

  # Endpoint names stop at 46 characters; the hash keeps environments apart.
  name                     = "${each.key}-${substr(sha1(var.name), 0, 8)}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id

  tags = merge(var.tags, { site = each.key })
}

resource "azurerm_cdn_frontdoor_origin_group" "this" {
  for_each = toset(var.sites)

  name                     = each.key
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id
  session_affinity_enabled = false

  load_balancing {
    sample_size                 = 4
    successful_samples_required = 3
  }

  health_probe {
    protocol            = "Https"
    request_type        = "HEAD"
    path                = "/"
    interval_in_seconds = 120
  }
}

resource "azurerm_cdn_frontdoor_origin" "this" {
  for_each = azurerm_storage_account.this

  name                           = each.key
  cdn_frontdoor_origin_group_id  = azurerm_cdn_frontdoor_origin_group.this[each.key].id
  enabled                        = true
  host_name                      = each.value.primary_web_host
  origin_host_header             = each.value.primary_web_host
  http_port                      = 80
  https_port                     = 443
  certificate_name_check_enabled = true
  priority                       = 1
  weight                         = 1000
}

resource "azurerm_cdn_frontdoor_custom_domain" "this" {
  for_each = local.use_domain ? toset(var.sites) : toset([])

  name                     = each.key
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id
  host_name                = local.site_hosts[each.key]

  tls {
    certificate_type    = "ManagedCertificate"
    minimum_tls_version = "TLS12"
  }
}

resource "azurerm_cdn_frontdoor_route" "this" {
  for_each = toset(var.sites)

  name                            = each.key
  cdn_frontdoor_endpoint_id       = azurerm_cdn_frontdoor_endpoint.this[each.key].id
  cdn_frontdoor_origin_group_id   = azurerm_cdn_frontdoor_origin_group.this[each.key].id
  cdn_frontdoor_origin_ids        = [azurerm_cdn_frontdoor_origin.this[each.key].id]
  cdn_frontdoor_custom_domain_ids = local.use_domain ? [azurerm_cdn_frontdoor_custom_domain.this[each.key].id] : null
  link_to_default_domain          = true
  supported_protocols             = ["Http", "Https"]
  https_redirect_enabled          = true
  forwarding_protocol             = "HttpsOnly"
  patterns_to_match               = ["/*"]

  cache {
    query_string_caching_behavior = "IgnoreQueryString"
    compression_enabled           = true
    content_types_to_compress     = ["text/html", "text/css", "application/javascript", "text/javascript", "application/json", "image/svg+xml"]
  }
}

resource "azurerm_cdn_frontdoor_custom_domain_association" "this" {
  for_each = azurerm_cdn_frontdoor_custom_domain.this

  cdn_frontdoor_custom_domain_id = each.value.id
  cdn_frontdoor_route_ids        = [azurerm_cdn_frontdoor_route.this[each.key].id]
}
