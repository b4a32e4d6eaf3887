# Azure Container Registry for the BillPay services. One registry per environment; each service
# pushes to its own repository inside it (repositories are created on first push). The admin
# user stays off: pushes use the workflow's Entra ID login, pulls the AKS kubelet identity.

data "azurerm_client_config" "current" {}

resource "azurerm_container_registry" "this" {
  # Registry names are global and alphanumeric: name without dashes plus a subscription hash.
  name                    = "${substr(replace(var.name, "-", ""), 0, 40)}${substr(sha1(data.azurerm_client_config.current.subscription_id), 0, 6)}"
  resource_group_name     = var.resource_group_name
  location                = var.location
  sku                     = var.sku
  admin_enabled           = false
  zone_redundancy_enabled = var.sku == "Premium"

  tags = var.tags
}
