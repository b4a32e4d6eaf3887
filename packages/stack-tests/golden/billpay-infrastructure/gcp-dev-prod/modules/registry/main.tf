# Artifact Registry for the BillPay services: one private Docker repository per service with
# immutable tags and cleanup policies, encrypted at rest by Google-managed keys.

resource "google_artifact_registry_repository" "this" {
  for_each = toset(var.repositories)

  project       = var.project_id
  location      = var.region
  repository_id = "${var.name}-${each.key}"
  description   = "Images of the BillPay ${each.key} service (${var.name})"
  format        = "DOCKER"
  labels        = merge(var.labels, { service = each.key })

  docker_config {
    immutable_tags = true
  }

  cleanup_policy_dry_run = false

  cleanup_policies {
    id     = "keep-recent"
    action = "KEEP"

    most_recent_versions {
      keep_count = var.max_tagged_images
    }
  }

  cleanup_policies {
    id     = "delete-untagged"
    action = "DELETE"

    condition {
      tag_state  = "UNTAGGED"
      older_than = "${var.untagged_image_days * 86400}s"
    }
  }
}
