# Values the Azure cluster module reads from the networking module.

output "vnet_id" {
  description = "ID of the virtual network."
  value       = azurerm_virtual_network.this.id
}

output "vnet_name" {
  description = "Name of the virtual network."
  value       = azurerm_virtual_network.this.name
}

output "node_subnet_id" {
  description = "ID of the subnet for AKS nodes (NAT gateway attached)."
  value       = azurerm_subnet.nodes.id
}

output "nat_gateway_id" {
  description = "ID of the NAT gateway."
  value       = azurerm_nat_gateway.this.id
}

output "nat_public_ip" {
  description = "Outbound public IP of the nodes (useful for partner allow-lists)."
  value       = azurerm_public_ip.nat.ip_address
}
