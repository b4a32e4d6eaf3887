# Bucket coordinates for deployments and the catalog.

output "namespace" {
  description = "Object Storage namespace of the tenancy."
  value       = data.oci_objectstorage_namespace.this.namespace
}

output "bucket_names" {
  description = "Bucket per site."
  value       = { for k, b in oci_objectstorage_bucket.this : k => b.name }
}
