# Kubernetes cluster of this environment, on the network of the networking unit.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/cluster"
}

dependency "resource_group" {
  config_path = "../resource-group"

  mock_outputs = {
    name = "rg-mock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

dependency "networking" {
  config_path = "../networking"

  mock_outputs = {
    node_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-mock/providers/Microsoft.Network/virtualNetworks/vnet-mock/subnets/snet-nodes"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

dependency "registry" {
  config_path = "../registry"

  mock_outputs = {
    id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-mock/providers/Microsoft.ContainerRegistry/registries/mock"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

inputs = {
  name                  = include.root.locals.name_prefix
  resource_group_name   = dependency.resource_group.outputs.name
  location              = include.root.locals.stack.region
  kubernetes_version    = include.root.locals.stack.kubernetes_version
  sku_tier              = include.root.locals.env.aks_sku_tier
  node_subnet_id        = dependency.networking.outputs.node_subnet_id
  node_vm_size          = include.root.locals.env.node_instance_type
  node_min_size         = include.root.locals.env.node_min_size
  node_desired_size     = include.root.locals.env.node_desired_size
  node_max_size         = include.root.locals.env.node_max_size
  node_disk_size        = include.root.locals.env.node_disk_size
  zones                 = include.root.locals.env.node_zones
  container_registry_id = dependency.registry.outputs.id
}
