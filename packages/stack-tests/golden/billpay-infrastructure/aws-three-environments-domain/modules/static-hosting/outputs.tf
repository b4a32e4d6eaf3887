# Site coordinates the frontend workflows, the docs and the catalog need.

output "bucket_names" {
  description = "S3 bucket per site."
  value       = { for k, b in aws_s3_bucket.this : k => b.id }
}

output "bucket_arns" {
  description = "S3 bucket ARN per site, for deploy-role policies."
  value       = { for k, b in aws_s3_bucket.this : k => b.arn }
}

output "distribution_ids" {
  description = "CloudFront distribution ID per site, for cache invalidations."
  value       = { for k, d in aws_cloudfront_distribution.this : k => d.id }
}

output "distribution_arns" {
  description = "CloudFront distribution ARN per site."
  value       = { for k, d in aws_cloudfront_distribution.this : k => d.arn }
}

output "distribution_domain_names" {
  description = "CloudFront domain (xxxx.cloudfront.net) per site."
  value       = { for k, d in aws_cloudfront_distribution.this : k => d.domain_name }
}

output "site_urls" {
  description = "Public HTTPS URL per site: the custom host when a domain is set, otherwise the CloudFront domain."
  value       = { for k, d in aws_cloudfront_distribution.this : k => "https://${coalesce(local.site_hosts[k], d.domain_name)}" }
}

output "route53_zone_id" {
  description = "ID of the Route 53 zone, or null without a domain."
  value       = try(aws_route53_zone.this[0].zone_id, null)
}

output "route53_name_servers" {
  description = "Name servers to delegate the domain to from its parent zone, or null without a domain."
  value       = try(aws_route53_zone.this[0].name_servers, null)
}

output "certificate_arn" {
  description = "ARN of the wildcard certificate in us-east-1, or null without a domain."
  value       = try(aws_acm_certificate_validation.this[0].certificate_arn, null)
}
