import { awsProvider, ruleChecker } from '../__testUtils__/policyFixture';

const composition = (instanceType: string, nodeTypes: string) => ({
  'terraform/main.tf': `${awsProvider('prod')}
resource "aws_instance" "web" {
  instance_type = var.instance_type
}

resource "aws_eks_node_group" "nodes" {
  instance_types = ${nodeTypes}
}

resource "aws_db_instance" "db" {
  instance_class = "db.m6g.large"
}
`,
  'terraform/variables.tf': 'variable "instance_type" {\n  type = string\n}\n',
  'terraform/environments/dev/terraform.tfvars': 'instance_type = "t3.small"\n',
  'terraform/environments/prod/terraform.tfvars': `instance_type = "${instanceType}"\n`,
});

describe('instance-types', () => {
  const check = ruleChecker('instance-types');

  it("allows each environment's list, with glob patterns", async () => {
    const result = await check(composition('m6i.large', '["m6i.large"]'));
    // dev: t3.small allowed, but m6i.large nodes and db.m6g.large are prod-only sizes.
    expect(result.violations.map(v => v.message)).toEqual([
      'aws_eks_node_group.nodes in terraform (dev): instance_types "m6i.large" is not allowed in dev (policies/instance-types.yaml)',
      'aws_db_instance.db in terraform (dev): instance_class "db.m6g.large" is not allowed in dev (policies/instance-types.yaml)',
    ]);
  });

  it('names a size outside the list where the environment sets it', async () => {
    const result = await check(
      composition('t3.nano', '["m6i.large", "m5.24xlarge"]'),
    );
    const prod = result.violations.filter(v => v.message.includes('(prod)'));
    expect(prod.map(v => [v.file, v.line, v.message])).toEqual([
      [
        'terraform/environments/prod/terraform.tfvars',
        1,
        'aws_instance.web in terraform (prod): instance_type "t3.nano" is not allowed in prod (policies/instance-types.yaml)',
      ],
      [
        'terraform/main.tf',
        16,
        'aws_eks_node_group.nodes in terraform (prod): instance_types "m5.24xlarge" is not allowed in prod (policies/instance-types.yaml)',
      ],
    ]);
  });

  it('reads sizes in nested blocks and refuses clouds without a list', async () => {
    const result = await check({
      'prod/main.tf': `provider "google" {}

resource "google_container_node_pool" "pool" {
  node_config {
    machine_type = "n2-standard-4"
  }
}

resource "oci_core_instance" "vm" {
  shape = "VM.Standard.E4.Flex"
}
`,
    });
    expect(result.violations.map(v => v.message)).toEqual([
      'oci_core_instance.vm in prod: shape "VM.Standard.E4.Flex" is not allowed in prod (policies/instance-types.yaml)',
    ]);
  });
});
