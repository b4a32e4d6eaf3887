# Repository coordinates for the CI/CD workflows and the catalog.

output "repository_ids" {
  description = "Repository ID per service."
  value       = { for k, r in google_artifact_registry_repository.this : k => r.repository_id }
}

output "repository_urls" {
  description = "Docker URL per service, e.g. us-central1-docker.pkg.dev/<project>/<repository>."
  value       = { for k, r in google_artifact_registry_repository.this : k => "${r.location}-docker.pkg.dev/${r.project}/${r.repository_id}" }
}
