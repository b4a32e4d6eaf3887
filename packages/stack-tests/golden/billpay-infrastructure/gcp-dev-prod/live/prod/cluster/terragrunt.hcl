# Kubernetes cluster of this environment, on the network of the networking unit.
include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/cluster.hcl"
}

terraform {
  source = "../../../modules/cluster"
}

dependency "networking" {
  config_path = "../networking"

  mock_outputs = {
    network_id          = "projects/mock/global/networks/mock"
    subnetwork_id       = "projects/mock/regions/mock/subnetworks/mock"
    pods_range_name     = "pods"
    services_range_name = "services"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

inputs = {
  name                = include.root.locals.name_prefix
  project_id          = include.root.locals.stack.project_id
  region              = include.root.locals.stack.region
  zone_count          = include.root.locals.env.zone_count
  network_id          = dependency.networking.outputs.network_id
  subnetwork_id       = dependency.networking.outputs.subnetwork_id
  pods_range_name     = dependency.networking.outputs.pods_range_name
  services_range_name = dependency.networking.outputs.services_range_name
  kubernetes_version  = include.root.locals.stack.kubernetes_version
  node_machine_type   = include.root.locals.env.node_instance_type
  node_min_size       = include.root.locals.env.node_min_size
  node_desired_size   = include.root.locals.env.node_desired_size
  node_max_size       = include.root.locals.env.node_max_size
  node_disk_size      = include.root.locals.env.node_disk_size
  deletion_protection = include.root.locals.env.deletion_protection
}
