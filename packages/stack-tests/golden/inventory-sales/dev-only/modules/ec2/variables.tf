# Inputs of the ec2 module: the web server definition (security group, instance role, launch template).

variable "name" {
  description = "Name prefix for the module's resources (lowercase letters, digits and dashes)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}$", var.name))
    error_message = "name must be 2-39 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC the web servers run in."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "instance_type" {
  description = "EC2 instance type of the web servers."
  type        = string
  default     = "t3.small"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must be an EC2 instance type such as t3.small."
  }
}

variable "ami_id" {
  description = "AMI of the web servers; null picks the current Ubuntu 22.04 LTS image published by Canonical."
  type        = string
  default     = null

  validation {
    condition     = var.ami_id == null || can(regex("^ami-[0-9a-f]{8,17}$", var.ami_id))
    error_message = "ami_id must look like ami-0123456789abcdef0, or be null."
  }
}

variable "root_volume_size" {
  description = "Size of the encrypted gp3 root volume, in GiB."
  type        = number
  default     = 20

  validation {
    condition     = var.root_volume_size >= 8 && var.root_volume_size <= 500
    error_message = "root_volume_size must be between 8 and 500 GiB."
  }
}

variable "http_port" {
  description = "Port Apache listens on behind the load balancer."
  type        = number
  default     = 80

  validation {
    condition     = var.http_port > 0 && var.http_port < 65536
    error_message = "http_port must be a TCP port number."
  }
}

variable "http_source_security_group_ids" {
  description = "Security groups (the load balancer's) allowed to reach the web servers on http_port."
  type        = list(string)

  validation {
    condition     = alltrue([for id in var.http_source_security_group_ids : can(regex("^sg-[0-9a-f]{8,17}$", id))])
    error_message = "Every entry must be a security group id (sg-...)."
  }
}

variable "metrics_cidr_blocks" {
  description = "CIDR blocks (the monitoring network) allowed to scrape node exporter on port 9100."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.metrics_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Every entry must be a CIDR block."
  }
}

variable "s3_bucket_arns" {
  description = "Buckets the web servers may read and write (application files, Ansible transfer area)."
  type        = list(string)
  default     = []
}

variable "secret_arns" {
  description = "Secrets Manager secrets the web servers may read (the database credentials)."
  type        = list(string)
  default     = []
}

variable "user_data" {
  description = "Cloud-init user data (plain text); Ansible does the real configuration, so this stays small."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module and to the instances it launches."
  type        = map(string)
  default     = {}
}
