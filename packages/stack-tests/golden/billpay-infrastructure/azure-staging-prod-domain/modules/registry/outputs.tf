# Registry coordinates for the cluster module, the workflows and the catalog.

output "id" {
  description = "ID of the registry (the cluster module grants AcrPull on it)."
  value       = azurerm_container_registry.this.id
}

output "name" {
  description = "Name of the registry."
  value       = azurerm_container_registry.this.name
}

output "login_server" {
  description = "Login server to tag images with, e.g. billpaycoredev1a2b3c.azurecr.io."
  value       = azurerm_container_registry.this.login_server
}
