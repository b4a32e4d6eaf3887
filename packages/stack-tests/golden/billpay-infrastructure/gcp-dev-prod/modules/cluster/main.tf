# GKE cluster for one BillPay environment: a regional, VPC-native, private-node cluster with
# Workload Identity and Dataplane V2, plus one autoscaled node pool running under a
# least-privilege service account on shielded nodes.

data "google_compute_zones" "available" {
  project = var.project_id
  region  = var.region
  status  = "UP"
}

locals {
  node_zones = slice(data.google_compute_zones.available.names, 0, var.zone_count)
}

resource "google_service_account" "nodes" {
  project = var.project_id
  # Service account IDs stop at 30 characters; the hash keeps environments apart when the
  # name is cut.
  account_id   = "${substr(var.name, 0, 15)}-${substr(sha1(var.name), 0, 6)}-nodes"
  display_name = "Nodes of ${var.name}"
}

resource "google_project_iam_member" "nodes" {
  for_each = toset([
    "roles/logging.logWriter",
    "roles/monitoring.metricWriter",
    "roles/monitoring.viewer",
    "roles/stackdriver.resourceMetadata.writer",
    "roles/artifactregistry.reader",
  ])

  project = var.project_id
  role    = each.value
  member  = "serviceAccount:${google_service_account.nodes.email}"
}

resource "google_container_cluster" "this" {
  project             = var.project_id
  name                = var.name
  location            = var.region
  node_locations      = local.node_zones
  min_master_version  = var.kubernetes_version
  deletion_protection = var.deletion_protection
  resource_labels     = var.labels

  network           = var.network_id
  subnetwork        = var.subnetwork_id
  networking_mode   = "VPC_NATIVE"
  datapath_provider = "ADVANCED_DATAPATH"

  # The default pool is replaced by the managed pool below.
  remove_default_node_pool = true
  initial_node_count       = 1

  ip_allocation_policy {
    cluster_secondary_range_name  = var.pods_range_name
    services_secondary_range_name = var.services_range_name
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = var.master_ipv4_cidr_block
  }

  dynamic "master_authorized_networks_config" {
    for_each = length(var.master_authorized_cidrs) > 0 ? [1] : []

    content {
      dynamic "cidr_blocks" {
        for_each = var.master_authorized_cidrs

        content {
          cidr_block   = cidr_blocks.value.cidr_block
          display_name = cidr_blocks.value.display_name
        }
      }
    }
  }

  release_channel {
    channel = var.release_channel
  }

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }

  enable_shielded_nodes = true
}

resource "google_container_node_pool" "this" {
  project        = var.project_id
  name           = "primary"
  location       = var.region
  cluster        = google_container_cluster.this.name
  node_locations = local.node_zones

  # Per zone at creation; the autoscaler then works on the totals below.
  initial_node_count = ceil(var.node_desired_size / var.zone_count)

  autoscaling {
    total_min_node_count = var.node_min_size
    total_max_node_count = var.node_max_size
    location_policy      = "BALANCED"
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  node_config {
    machine_type    = var.node_machine_type
    disk_size_gb    = var.node_disk_size
    disk_type       = "pd-balanced"
    service_account = google_service_account.nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    resource_labels = var.labels

    workload_metadata_config {
      mode = "GKE_METADATA"
    }

    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }

  lifecycle {
    precondition {
      condition     = var.node_min_size <= var.node_desired_size && var.node_desired_size <= var.node_max_size
      error_message = "node_desired_size must lie between node_min_size and node_max_size."
    }

    ignore_changes = [initial_node_count]
  }

  depends_on = [google_project_iam_member.nodes]
}
