# Artifact Registry settings shared by every environment: how many images each repository keeps.
inputs = {
  max_tagged_images   = 30
  untagged_image_days = 7
}
