# OKE cluster for one BillPay environment: public API endpoint in its own subnet, load balancers
# in the public subnet, and one node pool of flexible VMs in the private subnet spread over every
# availability domain of the region, with in-transit encryption of the boot volumes.

data "oci_identity_availability_domains" "this" {
  compartment_id = var.compartment_id
}

data "oci_containerengine_node_pool_option" "this" {
  node_pool_option_id = "all"
  compartment_id      = var.compartment_id
}

locals {
  oke_version = var.oke_versions[var.kubernetes_version]
  # Newest x86 Oracle Linux 8 image built for this Kubernetes release (no GPU, no Arm).
  matching_images = [
    for s in data.oci_containerengine_node_pool_option.this.sources : s.image_id
    if length(regexall("^Oracle-Linux-8\\.[0-9]+-20[0-9.-]+-OKE-${trimprefix(local.oke_version, "v")}", s.source_name)) > 0
    && !strcontains(s.source_name, "aarch64") && !strcontains(s.source_name, "GPU")
  ]
  node_image_id = coalesce(var.node_image_id, try(local.matching_images[0], null))
}

resource "oci_containerengine_cluster" "this" {
  compartment_id     = var.compartment_id
  name               = var.name
  kubernetes_version = local.oke_version
  vcn_id             = var.vcn_id
  type               = var.cluster_type
  freeform_tags      = var.tags

  cluster_pod_network_options {
    cni_type = "FLANNEL_OVERLAY"
  }

  endpoint_config {
    is_public_ip_enabled = true
    subnet_id            = var.api_subnet_id
  }

  options {
    service_lb_subnet_ids = [var.lb_subnet_id]

    kubernetes_network_config {
      pods_cidr     = "10.244.0.0/16"
      services_cidr = "10.96.0.0/16"
    }

    persistent_volume_config {
      freeform_tags = var.tags
    }

    service_lb_config {
      freeform_tags = var.tags
    }
  }
}

resource "oci_containerengine_node_pool" "this" {
  compartment_id     = var.compartment_id
  cluster_id         = oci_containerengine_cluster.this.id
  name               = "${var.name}-workers"
  kubernetes_version = local.oke_version
  node_shape         = var.node_shape
  freeform_tags      = var.tags

  node_shape_config {
    ocpus         = var.node_ocpus
    memory_in_gbs = var.node_memory_gbs
  }

  node_source_details {
    source_type = "IMAGE"
    image_id    = local.node_image_id
  }

  node_config_details {
    size                                = var.node_count
    is_pv_encryption_in_transit_enabled = true
    freeform_tags                       = var.tags

    dynamic "placement_configs" {
      for_each = data.oci_identity_availability_domains.this.availability_domains

      content {
        availability_domain = placement_configs.value.name
        subnet_id           = var.workers_subnet_id
      }
    }
  }

  lifecycle {
    precondition {
      condition     = local.node_image_id != null
      error_message = "No Oracle Linux 8 OKE image matches the Kubernetes version; set node_image_id."
    }
  }
}
