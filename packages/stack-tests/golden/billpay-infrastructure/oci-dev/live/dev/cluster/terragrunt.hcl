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
    vcn_id            = "ocid1.vcn.oc1..mock"
    api_subnet_id     = "ocid1.subnet.oc1..mockapi"
    lb_subnet_id      = "ocid1.subnet.oc1..mocklb"
    workers_subnet_id = "ocid1.subnet.oc1..mockworkers"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
  mock_outputs_merge_strategy_with_state  = "shallow"
}

inputs = {
  name               = include.root.locals.name_prefix
  compartment_id     = include.root.locals.stack.compartment_id
  kubernetes_version = include.root.locals.stack.kubernetes_version
  cluster_type       = include.root.locals.env.cluster_type
  vcn_id             = dependency.networking.outputs.vcn_id
  api_subnet_id      = dependency.networking.outputs.api_subnet_id
  lb_subnet_id       = dependency.networking.outputs.lb_subnet_id
  workers_subnet_id  = dependency.networking.outputs.workers_subnet_id
  node_shape         = include.root.locals.env.node_instance_type
  node_ocpus         = include.root.locals.env.node_ocpus
  node_memory_gbs    = include.root.locals.env.node_memory_gbs
  node_count         = include.root.locals.env.node_desired_size
}
