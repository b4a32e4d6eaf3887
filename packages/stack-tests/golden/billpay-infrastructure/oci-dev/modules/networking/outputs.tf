# Values the OCI cluster module reads from the networking module.

output "vcn_id" {
  description = "OCID of the VCN."
  value       = oci_core_vcn.this.id
}

output "api_subnet_id" {
  description = "OCID of the subnet for the Kubernetes API endpoint."
  value       = oci_core_subnet.api.id
}

output "lb_subnet_id" {
  description = "OCID of the subnet for load balancers."
  value       = oci_core_subnet.lb.id
}

output "workers_subnet_id" {
  description = "OCID of the private subnet for worker nodes."
  value       = oci_core_subnet.workers.id
}

output "nat_gateway_id" {
  description = "OCID of the NAT gateway."
  value       = oci_core_nat_gateway.this.id
}
