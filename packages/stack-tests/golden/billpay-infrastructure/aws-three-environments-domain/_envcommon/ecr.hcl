# ECR settings shared by every environment: immutable tags (images are tagged with the git SHA)
# and how many images each repository keeps.
inputs = {
  image_tag_mutability = "IMMUTABLE"
  max_tagged_images    = 30
  untagged_image_days  = 7
}
