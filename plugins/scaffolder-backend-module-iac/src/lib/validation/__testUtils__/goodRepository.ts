import { MockDirectoryContent } from '@backstage/backend-test-utils';
import fs from 'node:fs';

// A generated repository that every checker accepts: OpenTofu modules and environments,
// Terragrunt, a workflow, catalog entities, TechDocs, scripts, Ansible, nginx, Compose and
// Prometheus. Tests copy it and break one file at a time.

const executable = (text: string) => (ctx: { path: string }) =>
  fs.writeFileSync(ctx.path, text, { mode: 0o755 });

export const goodManifest = [
  { name: 'billpay-dev-vpc', module: 'networking', tfType: 'aws_vpc' },
  { name: 'billpay-dev-app', module: 'app', tfType: 'aws_instance' },
];

export function goodRepository(): MockDirectoryContent {
  return {
    'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: billpay
  title: BillPay
spec:
  owner: group:default/team-payments
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: billpay-dev-vpc
spec:
  type: vpc
  owner: group:default/team-payments
  system: billpay
`,
    'mkdocs.yml': `site_name: BillPay infrastructure
nav:
  - Home: index.md
  - Design:
      - Architecture: design/architecture.md
  - Runbook: https://runbooks.example.com/billpay
plugins:
  - techdocs-core
`,
    docs: {
      'index.md': '# BillPay infrastructure\n',
      'design/architecture.md': '# Architecture\n',
    },
    '.github/workflows/iac-apply.yml': `name: iac-apply
run-name: \${{ inputs.command }} \${{ inputs.environment }} [\${{ inputs.correlation_id }}]
on:
  workflow_dispatch:
    inputs:
      environment:
        description: Environment to run in
        type: string
        required: true
      command:
        description: plan or apply
        type: string
        required: true
      correlation_id:
        description: Id the portal uses to find this run
        type: string
        required: true
jobs:
  run:
    runs-on: ubuntu-latest
    environment: \${{ inputs.environment }}
    steps:
      - uses: actions/checkout@v4
      - name: Plan
        run: ./scripts/plan.sh "\${{ inputs.environment }}"
`,
    modules: {
      'networking/main.tf': `resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = local.tags
}

locals {
  tags = { Name = var.name }
}
`,
      'networking/variables.tf': `variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "enable_dns" {
  type    = bool
  default = true
}
`,
      'networking/outputs.tf': `output "vpc_id" {
  value = aws_vpc.this.id
}
`,
      'app/main.tf': `resource "aws_instance" "this" {
  ami           = "ami-12345678"
  instance_type = "t3.small"
  subnet_id     = var.vpc_id
  tags          = { Name = "\${var.name}-\${var.region}" }
}
`,
      'app/variables.tf': `variable "name" {
  type = string
}

variable "region" {
  type = string
}

variable "vpc_id" {
  type = string
}
`,
    },
    'environments/dev': {
      'main.tf': `module "networking" {
  source = "../../modules/networking"

  name = "billpay-dev"
  cidr = var.cidr
}

module "app" {
  source = "../../modules/app"

  name   = "billpay-dev"
  region = "eu-west-1"
  vpc_id = module.networking.vpc_id
}
`,
      'variables.tf': `variable "cidr" {
  type    = string
  default = "10.20.0.0/16"
}
`,
      'dev.tfvars': 'cidr = "10.20.0.0/16"\n',
    },
    live: {
      'terragrunt.hcl': `inputs = {
  region = "eu-west-1"
}
`,
      'dev/vpc/terragrunt.hcl': `include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//networking"
}

inputs = {
  name = "billpay-dev"
  cidr = "10.20.0.0/16"
}
`,
      'dev/app/terragrunt.hcl': `include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "\${get_repo_root()}/modules/app"
}

dependency "vpc" {
  config_path = "../vpc"
}

inputs = {
  name   = "billpay-dev"
  vpc_id = dependency.vpc.outputs.vpc_id
}
`,
    },
    scripts: {
      'plan.sh': executable(
        '#!/bin/sh\nset -eu\nenvironment="$1"\necho "Planning $environment"\n',
      ),
    },
    bin: {
      deploy: executable(
        '#!/usr/bin/env bash\nset -euo pipefail\nfor file in ./*.tf; do\n  echo "$file"\ndone\n',
      ),
    },
    ansible: {
      'ansible.cfg': '[defaults]\nroles_path = roles\n',
      'inventory.ini': '[web]\nweb1 ansible_host=10.0.0.10\n',
      'playbooks/site.yml': `---
- name: Configure the web servers
  hosts: web
  become: true
  roles:
    - web
`,
      'roles/web/tasks/main.yml': `---
- name: Install nginx
  ansible.builtin.apt:
    name: nginx
    state: present
`,
    },
    nginx: {
      'nginx.conf': `user nginx;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log warn;

events {
  worker_connections 1024;
}

http {
  include mime.types;
  access_log /var/log/nginx/access.log;

  upstream app {
    server app:8080;
  }

  server {
    listen 443 ssl;
    server_name billpay.example.com;
    ssl_certificate /etc/nginx/certs/tls.crt;
    ssl_certificate_key /etc/nginx/certs/tls.key;

    location / {
      proxy_pass http://app;
    }

    location /api/ {
      proxy_pass http://api.billpay.internal:9000;
    }
  }
}
`,
      'mime.types': 'types {\n  text/html html;\n  application/json json;\n}\n',
    },
    'docker-compose.yml': `services:
  app:
    image: ghcr.io/example/billpay:1.0.0
    ports:
      - "8080:8080"
    environment:
      DB_HOST: db
  web:
    image: nginx:1.27
    depends_on:
      - app
    volumes:
      - ./nginx/nginx.conf:/etc/nginx/nginx.conf:ro
`,
    monitoring: {
      'prometheus.yml': `global:
  scrape_interval: 15s
rule_files:
  - alerts.yml
scrape_configs:
  - job_name: app
    static_configs:
      - targets: ["app:8080"]
`,
      'alerts.yml': `groups:
  - name: billpay
    rules:
      - alert: AppDown
        expr: up{job="app"} == 0
        for: 5m
`,
    },
  };
}
