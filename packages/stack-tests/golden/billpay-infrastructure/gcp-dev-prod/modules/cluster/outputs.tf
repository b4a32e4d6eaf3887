# Cluster coordinates for the workflows (kubectl access) and the catalog.

output "cluster_name" {
  description = "Name of the GKE cluster."
  value       = google_container_cluster.this.name
}

output "cluster_id" {
  description = "ID of the GKE cluster."
  value       = google_container_cluster.this.id
}

output "cluster_location" {
  description = "Region of the control plane."
  value       = google_container_cluster.this.location
}

output "cluster_endpoint" {
  description = "IP address of the Kubernetes API."
  value       = google_container_cluster.this.endpoint
}

output "cluster_ca_certificate" {
  description = "Base64 certificate authority of the Kubernetes API."
  value       = google_container_cluster.this.master_auth[0].cluster_ca_certificate
}

output "node_pool_name" {
  description = "Name of the node pool."
  value       = google_container_node_pool.this.name
}

output "node_service_account" {
  description = "Service account the nodes run as."
  value       = google_service_account.nodes.email
}

output "workload_pool" {
  description = "Workload Identity pool for Kubernetes service accounts."
  value       = try(google_container_cluster.this.workload_identity_config[0].workload_pool, null)
}
