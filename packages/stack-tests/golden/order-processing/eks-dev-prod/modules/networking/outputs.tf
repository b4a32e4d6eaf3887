# Values other BillPay modules read from the networking module (through Terragrunt dependencies).

output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 range of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "availability_zones" {
  description = "Availability zones the subnets were spread over."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, one per zone."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, one per zone; the EKS nodes run here."
  value       = aws_subnet.private[*].id
}

output "nat_gateway_ids" {
  description = "IDs of the NAT gateways."
  value       = aws_nat_gateway.this[*].id
}

output "nat_public_ips" {
  description = "Public IPs the private subnets use for outbound traffic (useful for partner allow-lists)."
  value       = aws_eip.nat[*].public_ip
}
