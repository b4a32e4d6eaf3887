# AKS cluster for one BillPay environment: Azure CNI overlay on the VNet subnet, outbound
# through the NAT gateway, OIDC issuer and Workload Identity, Azure Policy, an autoscaled system
# node pool, and pull access to the container registry.

# A user-assigned identity can be granted rights on the subnet before the cluster exists,
# which a system-assigned one cannot.
resource "azurerm_user_assigned_identity" "cluster" {
  name                = "id-${var.name}-aks"
  resource_group_name = var.resource_group_name
  location            = var.location

  tags = var.tags
}

resource "azurerm_role_assignment" "cluster_network" {
  scope                = var.node_subnet_id
  role_definition_name = "Network Contributor"
  principal_id         = azurerm_user_assigned_identity.cluster.principal_id
}

resource "azurerm_kubernetes_cluster" "this" {
  name                      = "aks-${var.name}"
  resource_group_name       = var.resource_group_name
  location                  = var.location
  dns_prefix                = var.name
  kubernetes_version        = var.kubernetes_version
  sku_tier                  = var.sku_tier
  automatic_upgrade_channel = "patch"
  node_os_upgrade_channel   = "NodeImage"
  oidc_issuer_enabled       = true
  workload_identity_enabled = true
  azure_policy_enabled      = true

  default_node_pool {
    name                        = "system"
    temporary_name_for_rotation = "systemtmp"
    vm_size                     = var.node_vm_size
    vnet_subnet_id              = var.node_subnet_id
    zones                       = length(var.zones) > 0 ? var.zones : null
    auto_scaling_enabled        = true
    min_count                   = var.node_min_size
    max_count                   = var.node_max_size
    node_count                  = var.node_desired_size
    os_disk_size_gb             = var.node_disk_size
    os_disk_type                = "Managed"

    upgrade_settings {
      max_surge = "33%"
    }

    tags = var.tags
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.cluster.id]
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_policy      = "azure"
    outbound_type       = "userAssignedNATGateway"
    load_balancer_sku   = "standard"
    pod_cidr            = "10.244.0.0/16"
    service_cidr        = "10.96.0.0/16"
    dns_service_ip      = "10.96.0.10"
  }

  tags = var.tags

  lifecycle {
    precondition {
      condition     = var.node_min_size <= var.node_desired_size && var.node_desired_size <= var.node_max_size
      error_message = "node_desired_size must lie between node_min_size and node_max_size."
    }

    # The cluster autoscaler owns the node count after creation.
    ignore_changes = [default_node_pool[0].node_count]
  }

  depends_on = [azurerm_role_assignment.cluster_network]
}

resource "azurerm_role_assignment" "acr_pull" {
  count = var.container_registry_id == null ? 0 : 1

  scope                            = var.container_registry_id
  role_definition_name             = "AcrPull"
  principal_id                     = azurerm_kubernetes_cluster.this.kubelet_identity[0].object_id
  skip_service_principal_aad_check = true
}
