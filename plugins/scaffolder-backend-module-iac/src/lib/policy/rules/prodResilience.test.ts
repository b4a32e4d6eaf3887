import { awsProvider, ruleChecker } from '../__testUtils__/policyFixture';

// A Terragrunt layout: networking and cluster units per environment, the node group's subnets
// coming from the networking unit's output (one subnet per zone of az_count).
function terragruntStack(environment: string, azCount: number) {
  return {
    'root.hcl': `locals {\n  env = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals\n}\n`,
    [`live/${environment}/env.hcl`]: `locals {\n  environment = "${environment}"\n  az_count    = ${azCount}\n}\n`,
    [`live/${environment}/networking/terragrunt.hcl`]: `include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../modules/networking"
}

inputs = {
  az_count = include.root.locals.env.az_count
}
`,
    [`live/${environment}/eks/terragrunt.hcl`]: `terraform {
  source = "\${get_repo_root()}//modules/eks"
}

dependency "networking" {
  config_path = "../networking"
}

inputs = {
  subnet_ids = dependency.networking.outputs.private_subnet_ids
}
`,
    'modules/networking/main.tf': `resource "aws_subnet" "private" {\n  count = var.az_count\n}\n`,
    'modules/networking/variables.tf':
      'variable "az_count" {\n  type = number\n}\n',
    'modules/networking/outputs.tf':
      'output "private_subnet_ids" {\n  value = aws_subnet.private[*].id\n}\n',
    'modules/eks/main.tf':
      'resource "aws_eks_node_group" "this" {\n  subnet_ids = var.subnet_ids\n}\n',
    'modules/eks/variables.tf':
      'variable "subnet_ids" {\n  type = list(string)\n}\n',
  };
}

describe('prod-resilience', () => {
  const check = ruleChecker('prod-resilience');

  it('follows a Terragrunt dependency to count the subnets of a node group', async () => {
    expect(await check(terragruntStack('prod', 3))).toMatchObject({
      status: 'passed',
      checked: 1,
    });
    const single = await check(terragruntStack('prod', 1));
    expect(single.violations.map(v => [v.file, v.line, v.message])).toEqual([
      [
        'live/prod/eks/terragrunt.hcl',
        10,
        'aws_eks_node_group.this in live/prod/eks: subnet_ids holds 1 subnets (one per zone), needs at least 2',
      ],
    ]);
  });

  it('only holds production environments to it', async () => {
    expect(await check(terragruntStack('dev', 1))).toMatchObject({
      status: 'not-applicable',
      checked: 0,
    });
  });

  it('needs Multi-AZ and deletion protection on a production database, and a multi-zone broker', async () => {
    const result = await check({
      'terraform/main.tf': `${awsProvider('prod')}
module "db" {
  source              = "../modules/db"
  deletion_protection = var.environment == "prod"
}

resource "aws_mq_broker" "events" {
  deployment_mode = "SINGLE_INSTANCE"
}
`,
      'terraform/variables.tf':
        'variable "environment" {\n  type = string\n}\n',
      'terraform/environments/prod/terraform.tfvars':
        'environment = "staging"\n',
      'modules/db/main.tf': `resource "aws_db_instance" "this" {
  multi_az            = false
  deletion_protection = var.deletion_protection
}
`,
      'modules/db/variables.tf':
        'variable "deletion_protection" {\n  type = bool\n}\n',
    });
    expect(result.violations.map(v => [v.file, v.line, v.message])).toEqual([
      [
        'modules/db/main.tf',
        2,
        'aws_db_instance.this in terraform (prod), module.db: multi_az is false, must be true',
      ],
      [
        'terraform/main.tf',
        13,
        'aws_db_instance.this in terraform (prod), module.db: deletion_protection is false, must be true',
      ],
      [
        'terraform/main.tf',
        17,
        'aws_mq_broker.events in terraform (prod): deployment_mode is "SINGLE_INSTANCE", must span zones',
      ],
    ]);
  });
});
