# Hosting for the BillPay micro-frontends: per site a private, encrypted, versioned S3 bucket
# read only by its CloudFront distribution (origin access control). With a domain, a Route 53
# zone, a wildcard ACM certificate in us-east-1 and alias records per site are added.

locals {
  use_domain = var.domain_name != null
  site_hosts = { for s in var.sites : s => local.use_domain ? "${s}.${var.domain_name}" : null }
}

data "aws_cloudfront_cache_policy" "optimized" {
  name = "Managed-CachingOptimized"
}

# Micro-frontend hosts load remoteEntry.js from the other sites, so CORS headers are needed
# next to the usual security headers.
data "aws_cloudfront_response_headers_policy" "cors_and_security" {
  name = "Managed-CORS-and-SecurityHeadersPolicy"
}

################################################################################
# Buckets
################################################################################

resource "aws_s3_bucket" "this" {
  for_each = toset(var.sites)

  # Bucket names are global; the prefix plus the random suffix S3 appends keeps them unique.
  bucket_prefix = substr("${var.name}-${each.key}-", 0, 37)
  force_destroy = var.force_destroy

  tags = merge(var.tags, { site = each.key })
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each = aws_s3_bucket.this

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    id     = "expire-old-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

data "aws_iam_policy_document" "bucket" {
  for_each = aws_s3_bucket.this

  statement {
    sid       = "ReadFromCloudFront"
    actions   = ["s3:GetObject"]
    resources = ["${each.value.arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.this[each.key].arn]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [each.value.arn, "${each.value.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id
  policy = data.aws_iam_policy_document.bucket[each.key].json

  depends_on = [aws_s3_bucket_public_access_block.this]
}

################################################################################
# CloudFront
################################################################################

resource "aws_cloudfront_origin_access_control" "this" {
  for_each = aws_s3_bucket.this

  name                              = "${var.name}-${each.key}"
  description                       = "CloudFront access to the ${each.key} bucket"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "this" {
  for_each = aws_s3_bucket.this

  enabled             = true
  is_ipv6_enabled     = true
  http_version        = "http2and3"
  price_class         = var.price_class
  default_root_object = "index.html"
  # The frontend workflows find their distribution by this comment.
  comment = "${var.name}-${each.key}"
  aliases = local.use_domain ? [local.site_hosts[each.key]] : []

  origin {
    origin_id                = "s3-${each.key}"
    domain_name              = each.value.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.this[each.key].id
  }

  default_cache_behavior {
    target_origin_id           = "s3-${each.key}"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD", "OPTIONS"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = data.aws_cloudfront_cache_policy.optimized.id
    response_headers_policy_id = data.aws_cloudfront_response_headers_policy.cors_and_security.id
  }

  # Angular routes are client-side: unknown paths return the app shell.
  custom_error_response {
    error_code            = 403
    response_code         = 200
    response_page_path    = "/index.html"
    error_caching_min_ttl = 10
  }

  custom_error_response {
    error_code            = 404
    response_code         = 200
    response_page_path    = "/index.html"
    error_caching_min_ttl = 10
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = !local.use_domain
    acm_certificate_arn            = local.use_domain ? aws_acm_certificate_validation.this[0].certificate_arn : null
    ssl_support_method             = local.use_domain ? "sni-only" : null
    minimum_protocol_version       = local.use_domain ? "TLSv1.2_2021" : "TLSv1"
  }

  tags = merge(var.tags, { site = each.key })
}

################################################################################
# Domain: Route 53 zone, certificate, alias records
################################################################################

resource "aws_route53_zone" "this" {
  count = local.use_domain ? 1 : 0

  name    = var.domain_name
  comment = "BillPay sites of ${var.name}"

  tags = var.tags
}

resource "aws_acm_certificate" "this" {
  count    = local.use_domain ? 1 : 0
  provider = aws.us_east_1

  domain_name               = "*.${var.domain_name}"
  subject_alternative_names = [var.domain_name]
  validation_method         = "DNS"

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

# The wildcard and the apex share one validation record, hence allow_overwrite.
resource "aws_route53_record" "validation" {
  for_each = local.use_domain ? toset(["*.${var.domain_name}", var.domain_name]) : toset([])

  zone_id         = aws_route53_zone.this[0].zone_id
  allow_overwrite = true
  ttl             = 300
  name            = one([for o in aws_acm_certificate.this[0].domain_validation_options : o.resource_record_name if o.domain_name == each.key])
  type            = one([for o in aws_acm_certificate.this[0].domain_validation_options : o.resource_record_type if o.domain_name == each.key])
  records         = [one([for o in aws_acm_certificate.this[0].domain_validation_options : o.resource_record_value if o.domain_name == each.key])]
}

# Waits until the zone is delegated from its parent and ACM sees the records.
resource "aws_acm_certificate_validation" "this" {
  count    = local.use_domain ? 1 : 0
  provider = aws.us_east_1

  certificate_arn         = aws_acm_certificate.this[0].arn
  validation_record_fqdns = [for r in aws_route53_record.validation : r.fqdn]
}

resource "aws_route53_record" "site" {
  for_each = local.use_domain ? {
    for pair in setproduct(var.sites, ["A", "AAAA"]) : "${pair[0]}-${pair[1]}" => { site = pair[0], type = pair[1] }
  } : {}

  zone_id = aws_route53_zone.this[0].zone_id
  name    = local.site_hosts[each.value.site]
  type    = each.value.type

  alias {
    name                   = aws_cloudfront_distribution.this[each.value.site].domain_name
    zone_id                = aws_cloudfront_distribution.this[each.value.site].hosted_zone_id
    evaluate_target_health = false
  }
}
