# Values the GCP cluster module reads from the networking module.

output "network_id" {
  description = "ID of the VPC network."
  value       = google_compute_network.this.id
}

output "network_name" {
  description = "Name of the VPC network."
  value       = google_compute_network.this.name
}

output "subnetwork_id" {
  description = "ID of the node subnet."
  value       = google_compute_subnetwork.nodes.id
}

output "subnetwork_name" {
  description = "Name of the node subnet."
  value       = google_compute_subnetwork.nodes.name
}

output "pods_range_name" {
  description = "Secondary range name for pods."
  value       = google_compute_subnetwork.nodes.secondary_ip_range[0].range_name
}

output "services_range_name" {
  description = "Secondary range name for services."
  value       = google_compute_subnetwork.nodes.secondary_ip_range[1].range_name
}

output "router_name" {
  description = "Cloud Router that carries the NAT."
  value       = google_compute_router.this.name
}
