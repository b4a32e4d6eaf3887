# Resource group holding one BillPay environment on Azure. In prod a CanNotDelete lock stands
# in for the deletion protection AKS, ACR and storage accounts do not offer themselves.

resource "azurerm_resource_group" "this" {
  name     = "rg-${var.name}"
  location = var.location

  tags = var.tags
}

resource "azurerm_management_lock" "this" {
  count = var.lock ? 1 : 0

  name       = "${var.name}-no-delete"
  scope      = azurerm_resource_group.this.id
  lock_level = "CanNotDelete"
  notes      = "BillPay production resources: remove this lock through a reviewed change before deleting anything."
}
