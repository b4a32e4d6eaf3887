# Frontend hosting settings shared by every environment: CloudFront edge coverage and how long
# old releases stay in the buckets for rollbacks.
inputs = {
  price_class             = "PriceClass_100"
  noncurrent_version_days = 30
}
