# Resource group coordinates every other Azure module takes.

output "name" {
  description = "Name of the resource group."
  value       = azurerm_resource_group.this.name
}

output "id" {
  description = "ID of the resource group."
  value       = azurerm_resource_group.this.id
}

output "location" {
  description = "Region of the resource group."
  value       = azurerm_resource_group.this.location
}

output "lock_id" {
  description = "ID of the delete lock, or null when not locked."
  value       = try(azurerm_management_lock.this[0].id, null)
}
