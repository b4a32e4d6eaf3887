import { MockDirectoryContent } from '@backstage/backend-test-utils';
import fs from 'node:fs';

// A small stacks folder for tests: one stack using every feature of the stack format (rendered
// stack.yaml, per-environment files, conditional files, a manifest with costs, a shared module,
// GitHub Actions expressions, an executable script), and the shared modules and price table.

const stackYaml = `apiVersion: iac-portal/v1
kind: Stack
metadata:
  name: billpay-infrastructure
  title: BillPay infrastructure
spec:
  cloud: aws
  skeleton: skeleton
  manifest: manifest.yaml.njk
  modules:
    - from: aws/networking
      to: modules/networking
{% if values.withBucket %}
    - from: aws/bucket
      to: modules/bucket
{% endif %}
`;

const manifest = `- name: {{ (values.name ~ "-" ~ environment ~ "-vpc") | yaml }}
  type: vpc
  tfType: aws_vpc
  module: networking
  title: {{ (stack.title ~ " VPC (" ~ environment ~ ")") | yaml }}
  cost:
    - item: nat-gateway
      quantity: {{ 2 if environment == "prod" else 1 }}
{% if values.withBucket %}
- name: {{ (values.name ~ "-" ~ environment ~ "-assets") | yaml }}
  type: s3-bucket
  tfType: aws_s3_bucket
  module: bucket
  dependsOn: [{{ (values.name ~ "-" ~ environment ~ "-vpc") | yaml }}]
{% endif %}
`;

const environmentMain = `# {{ stack.title }} ({{ environment }})
module "networking" {
  source = "../../modules/networking"

  name = {{ (values.name ~ "-" ~ environment) | hcl }}
  cidr = {{ values.cidr | hcl }}
}
`;

const workflow = `name: iac-apply
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
    environment: \${{ inputs.environment == 'prod' && 'prod' || '' }}
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/plan.sh "\${{ inputs.environment }}"
        env:
          OWNER: {{ values.owner | yaml }}
`;

const readme = `# {{ stack.title | markdown }}

Owner: {{ values.owner | markdown }}

| Environment | Monthly cost ({{ cost.currency }}) |
|---|---|
{% for env in cost.environments %}
| {{ env.name }} | {{ env.total }} |
{% endfor %}
`;

export const exampleValues = {
  name: 'billpay',
  owner: 'team-payments',
  cidr: '10.20.0.0/16',
  region: 'eu-west-1',
};

export function stacksFixture(): MockDirectoryContent {
  return {
    'billpay-infrastructure': {
      'stack.yaml': stackYaml,
      'manifest.yaml.njk': manifest,
      skeleton: {
        'environments/__env__/main.tf.njk': environmentMain,
        '.github/workflows/iac-apply.yml.njk': workflow,
        'README.md.njk': readme,
        'bucket.tf.njk':
          '{% if values.withBucket %}# assets bucket for {{ values.name }}\n{% endif %}',
        'scripts/plan.sh': ctx => {
          fs.writeFileSync(ctx.path, '#!/bin/sh\nset -eu\necho "plan $1"\n', {
            mode: 0o755,
          });
        },
        'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
      },
    },
    shared: {
      'modules/aws/networking': {
        'main.tf':
          'resource "aws_vpc" "this" {\n  cidr_block = var.cidr\n  tags       = { Name = var.name }\n}\n',
        'variables.tf':
          'variable "name" {\n  type = string\n}\n\nvariable "cidr" {\n  type = string\n}\n',
        'outputs.tf': 'output "vpc_id" {\n  value = aws_vpc.this.id\n}\n',
      },
      'modules/aws/bucket': {
        'main.tf':
          'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n',
        'variables.tf': 'variable "name" {\n  type = string\n}\n',
      },
      'pricing/aws.yaml': [
        'currency: USD',
        'hoursPerMonth: 730',
        'regions:',
        '  us-east-1: 1.0',
        '  eu-west-1: 1.08',
        'items:',
        '  nat-gateway: { hourly: 0.045, description: NAT gateway }',
      ].join('\n'),
    },
  };
}
