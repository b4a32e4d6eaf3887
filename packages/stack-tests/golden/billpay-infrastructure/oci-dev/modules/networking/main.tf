# VCN for one BillPay environment on OCI, laid out for OKE: a public subnet for the Kubernetes
# API endpoint, a public subnet for load balancers, and a private subnet for the worker nodes
# that reaches the internet through a NAT gateway and Oracle services through a service gateway.

data "oci_core_services" "all" {
  filter {
    name   = "name"
    values = ["All .* Services In Oracle Services Network"]
    regex  = true
  }
}

locals {
  api_cidr     = cidrsubnet(var.cidr, 12, 0) # 10.0.0.0/28
  lb_cidr      = cidrsubnet(var.cidr, 8, 1)  # 10.0.1.0/24
  workers_cidr = cidrsubnet(var.cidr, 4, 1)  # 10.0.16.0/20
  service      = data.oci_core_services.all.services[0]
  # DNS labels are alphanumeric and at most 15 characters.
  dns_label = substr(replace(var.name, "-", ""), 0, 15)
}

resource "oci_core_vcn" "this" {
  compartment_id = var.compartment_id
  display_name   = var.name
  cidr_blocks    = [var.cidr]
  dns_label      = local.dns_label
  freeform_tags  = var.tags
}

resource "oci_core_internet_gateway" "this" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-igw"
  enabled        = true
  freeform_tags  = var.tags
}

resource "oci_core_nat_gateway" "this" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-nat"
  freeform_tags  = var.tags
}

resource "oci_core_service_gateway" "this" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-sgw"
  freeform_tags  = var.tags

  services {
    service_id = local.service.id
  }
}

resource "oci_core_route_table" "public" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-public"
  freeform_tags  = var.tags

  route_rules {
    destination       = "0.0.0.0/0"
    destination_type  = "CIDR_BLOCK"
    network_entity_id = oci_core_internet_gateway.this.id
  }
}

resource "oci_core_route_table" "private" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-private"
  freeform_tags  = var.tags

  route_rules {
    destination       = "0.0.0.0/0"
    destination_type  = "CIDR_BLOCK"
    network_entity_id = oci_core_nat_gateway.this.id
  }

  route_rules {
    destination       = local.service.cidr_block
    destination_type  = "SERVICE_CIDR_BLOCK"
    network_entity_id = oci_core_service_gateway.this.id
  }
}

################################################################################
# Security lists
################################################################################

resource "oci_core_security_list" "api" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-api"
  freeform_tags  = var.tags

  dynamic "ingress_security_rules" {
    for_each = var.api_allowed_cidrs

    content {
      description = "Kubernetes API from allowed ranges"
      protocol    = "6"
      source      = ingress_security_rules.value

      tcp_options {
        min = 6443
        max = 6443
      }
    }
  }

  ingress_security_rules {
    description = "Kubernetes API from the workers"
    protocol    = "6"
    source      = local.workers_cidr

    tcp_options {
      min = 6443
      max = 6443
    }
  }

  ingress_security_rules {
    description = "Control-plane communication from the workers"
    protocol    = "6"
    source      = local.workers_cidr

    tcp_options {
      min = 12250
      max = 12250
    }
  }

  ingress_security_rules {
    description = "Path MTU discovery"
    protocol    = "1"
    source      = local.workers_cidr

    icmp_options {
      type = 3
      code = 4
    }
  }

  egress_security_rules {
    description      = "Oracle services (OKE control plane)"
    protocol         = "6"
    destination      = local.service.cidr_block
    destination_type = "SERVICE_CIDR_BLOCK"
  }

  egress_security_rules {
    description = "All traffic to the workers"
    protocol    = "6"
    destination = local.workers_cidr
  }

  egress_security_rules {
    description = "Path MTU discovery"
    protocol    = "1"
    destination = local.workers_cidr

    icmp_options {
      type = 3
      code = 4
    }
  }
}

resource "oci_core_security_list" "workers" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-workers"
  freeform_tags  = var.tags

  ingress_security_rules {
    description = "Pod and node traffic between workers"
    protocol    = "all"
    source      = local.workers_cidr
  }

  ingress_security_rules {
    description = "Control plane to kubelets and webhooks"
    protocol    = "6"
    source      = local.api_cidr
  }

  ingress_security_rules {
    description = "Load balancers to node ports and health checks"
    protocol    = "6"
    source      = local.lb_cidr

    tcp_options {
      min = 10256
      max = 32767
    }
  }

  ingress_security_rules {
    description = "Path MTU discovery"
    protocol    = "1"
    source      = "0.0.0.0/0"

    icmp_options {
      type = 3
      code = 4
    }
  }

  egress_security_rules {
    description = "Outbound through the NAT and service gateways"
    protocol    = "all"
    destination = "0.0.0.0/0"
  }
}

resource "oci_core_security_list" "lb" {
  compartment_id = var.compartment_id
  vcn_id         = oci_core_vcn.this.id
  display_name   = "${var.name}-lb"
  freeform_tags  = var.tags

  ingress_security_rules {
    description = "HTTP from the internet"
    protocol    = "6"
    source      = "0.0.0.0/0"

    tcp_options {
      min = 80
      max = 80
    }
  }

  ingress_security_rules {
    description = "HTTPS from the internet"
    protocol    = "6"
    source      = "0.0.0.0/0"

    tcp_options {
      min = 443
      max = 443
    }
  }

  egress_security_rules {
    description = "Node ports and health checks on the workers"
    protocol    = "6"
    destination = local.workers_cidr

    tcp_options {
      min = 10256
      max = 32767
    }
  }
}

################################################################################
# Subnets
################################################################################

resource "oci_core_subnet" "api" {
  compartment_id             = var.compartment_id
  vcn_id                     = oci_core_vcn.this.id
  display_name               = "${var.name}-api"
  cidr_block                 = local.api_cidr
  dns_label                  = "api"
  route_table_id             = oci_core_route_table.public.id
  security_list_ids          = [oci_core_security_list.api.id]
  prohibit_public_ip_on_vnic = false
  freeform_tags              = var.tags
}

resource "oci_core_subnet" "lb" {
  compartment_id             = var.compartment_id
  vcn_id                     = oci_core_vcn.this.id
  display_name               = "${var.name}-lb"
  cidr_block                 = local.lb_cidr
  dns_label                  = "lb"
  route_table_id             = oci_core_route_table.public.id
  security_list_ids          = [oci_core_security_list.lb.id]
  prohibit_public_ip_on_vnic = false
  freeform_tags              = var.tags
}

resource "oci_core_subnet" "workers" {
  compartment_id             = var.compartment_id
  vcn_id                     = oci_core_vcn.this.id
  display_name               = "${var.name}-workers"
  cidr_block                 = local.workers_cidr
  dns_label                  = "workers"
  route_table_id             = oci_core_route_table.private.id
  security_list_ids          = [oci_core_security_list.workers.id]
  prohibit_public_ip_on_vnic = true
  freeform_tags              = var.tags
}
