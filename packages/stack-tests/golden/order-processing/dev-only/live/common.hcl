# Settings shared by every environment of "orders", chosen in the developer portal.
locals {
  project     = "orders"
  region      = "us-east-1"
  owner       = "group:default/retail-team"
  cost_center = "retail-ecommerce"

  state_bucket = "acme-retail-opentofu-state"
  lock_table   = "opentofu-locks"

  # Public API: browser origins and the issuer of the users' tokens (null: no JWT authorizer).
  cors_allowed_origins = ["https://shop-dev.acme-retail.example"]
  jwt_issuer           = null
  jwt_audience         = []
}
