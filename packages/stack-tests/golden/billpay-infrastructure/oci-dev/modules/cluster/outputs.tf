# Cluster coordinates for the workflows (kubeconfig) and the catalog.

output "cluster_id" {
  description = "OCID of the OKE cluster."
  value       = oci_containerengine_cluster.this.id
}

output "cluster_name" {
  description = "Name of the OKE cluster."
  value       = oci_containerengine_cluster.this.name
}

output "kubernetes_version" {
  description = "OKE release the cluster runs."
  value       = oci_containerengine_cluster.this.kubernetes_version
}

output "public_endpoint" {
  description = "Public endpoint of the Kubernetes API."
  value       = try(oci_containerengine_cluster.this.endpoints[0].public_endpoint, null)
}

output "node_pool_id" {
  description = "OCID of the worker node pool."
  value       = oci_containerengine_node_pool.this.id
}
