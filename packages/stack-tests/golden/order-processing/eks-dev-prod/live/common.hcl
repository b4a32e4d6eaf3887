# Settings shared by every environment of "orders-eks", chosen in the developer portal.
locals {
  project     = "orders-eks"
  region      = "us-east-2"
  owner       = "group:default/retail-team"
  cost_center = "retail-ecommerce"

  state_bucket = "acme-retail-opentofu-state"
  lock_table   = "opentofu-locks"

  # Kubernetes minor version of every environment's EKS cluster; the Cluster Autoscaler follows it.
  kubernetes_version = "1.31"

  # Public API: browser origins and the issuer of the users' tokens (null: no JWT authorizer).
  cors_allowed_origins = ["https://shop.acme-retail.example"]
  jwt_issuer           = "https://auth.acme-retail.example/realms/shop"
  jwt_audience         = ["shop-api"]
}
