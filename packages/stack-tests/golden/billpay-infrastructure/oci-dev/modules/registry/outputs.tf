# Repository coordinates for the CI/CD workflows and the catalog.

output "repository_ids" {
  description = "OCID per service."
  value       = { for k, r in oci_artifacts_container_repository.this : k => r.id }
}

output "repository_paths" {
  description = "Repository path per service (prefix it with <region-key>.ocir.io/<namespace>/)."
  value       = { for k, r in oci_artifacts_container_repository.this : k => r.display_name }
}
