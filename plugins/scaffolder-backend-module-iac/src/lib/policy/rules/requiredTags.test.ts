import { awsProvider, ruleChecker } from '../__testUtils__/policyFixture';

describe('required-tags', () => {
  const check = ruleChecker('required-tags');

  it('counts the provider default tags with the resource tags', async () => {
    const result = await check({
      'live/dev/main.tf': `${awsProvider('dev', { owner: 'team-payments' })}
module "db" {
  source = "../../modules/db"
  tags   = { "cost-center" = "payments" }
}
`,
      'modules/db/main.tf': `resource "aws_db_instance" "this" {
  tags = merge(var.tags, { Name = "db" })
}

resource "aws_iam_role_policy_attachment" "not_taggable" {
  role = "x"
}
`,
      'modules/db/variables.tf': 'variable "tags" {\n  default = {}\n}\n',
    });
    expect(result).toMatchObject({
      status: 'passed',
      checked: 1,
      violations: [],
    });
  });

  it('names the missing keys, and a tag naming another environment', async () => {
    const result = await check({
      'live/prod/main.tf': `provider "aws" {}

resource "aws_s3_bucket" "untagged" {
  bucket = "untagged"
}

resource "aws_vpc" "tagged" {
  tags = { owner = "team-payments", "cost-center" = "payments", environment = "dev" }
}
`,
    });
    expect(result.violations).toEqual([
      expect.objectContaining({
        line: 3,
        message:
          'aws_s3_bucket.untagged in live/prod: tags lack owner, environment, cost-center',
      }),
      expect.objectContaining({
        line: 8,
        message:
          'aws_vpc.tagged in live/prod: tags say environment "dev", not prod',
      }),
    ]);
  });

  it('reads Google labels, Terragrunt inputs and generated providers', async () => {
    const result = await check({
      'root.hcl': `locals {
  env  = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  tags = { owner = "platform", environment = local.env.environment }
}

generate "provider" {
  path     = "provider.tf"
  contents = <<-EOF
    provider "google" {
      default_labels = \${jsonencode(local.tags)}
    }
  EOF
}

inputs = {
  labels = { "cost-center" = "payments" }
}
`,
      'live/prod/env.hcl': 'locals {\n  environment = "prod"\n}\n',
      'live/prod/bucket/terragrunt.hcl': `include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../../modules/bucket"
}
`,
      'modules/bucket/main.tf':
        'resource "google_storage_bucket" "this" {\n  labels = var.labels\n}\n',
      'modules/bucket/variables.tf':
        'variable "labels" {\n  type = map(string)\n}\n',
    });
    expect(result).toMatchObject({ status: 'passed', checked: 1 });
  });
});
