# Settings shared by every environment of "shop-orders", chosen in the developer portal.
locals {
  project     = "shop-orders"
  region      = "eu-west-1"
  owner       = "group:default/retail-team"
  cost_center = "eu-webshop"

  state_bucket = "acme-retail-opentofu-state-eu"
  lock_table   = "opentofu-locks"

  # Public API: browser origins and the issuer of the users' tokens (null: no JWT authorizer).
  cors_allowed_origins = ["https://shop.acme-retail.example", "https://m.acme-retail.example"]
  jwt_issuer           = "https://auth.acme-retail.example/realms/shop"
  jwt_audience         = ["shop-api"]
}
