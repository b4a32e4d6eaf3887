import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('terragrunt checker', () => {
  const { validate } = validationFixture();

  const withLeaf = (file: string, text: string) => ({
    ...goodRepository(),
    [`live/dev/${file}`]: text,
  });

  it('passes the good repository, counting included inputs and dependency outputs as given', async () => {
    const report = await validate(goodRepository(), ['terragrunt']);
    expect(report.checks).toEqual([
      { checker: 'terragrunt', status: 'passed', files: 3 },
    ]);
  });

  it('reports a required variable the inputs do not give', async () => {
    const report = await validate(
      withLeaf(
        'vpc/terragrunt.hcl',
        'include "root" {\n  path = find_in_parent_folders()\n}\n\nterraform {\n  source = "../../../modules//networking"\n}\n\ninputs = {\n  name = "billpay-dev"\n}\n',
      ),
      ['terragrunt'],
    );
    expect(report.findings).toEqual([
      {
        checker: 'terragrunt',
        file: 'live/dev/vpc/terragrunt.hcl',
        line: 9,
        message:
          'inputs do not give required variable "cidr" of modules/networking',
        severity: 'error',
      },
    ]);
  });

  it('merges the inputs of a common file included through dirname(find_in_parent_folders())', async () => {
    const leaf = [
      'include "root" {',
      '  path = find_in_parent_folders()',
      '}',
      '',
      'include "common" {',
      '  path = "${dirname(find_in_parent_folders())}/_common/vpc.hcl"',
      '}',
      '',
      'terraform {',
      '  source = "../../../modules//networking"',
      '}',
      '',
      'inputs = {',
      '  name = "billpay-dev"',
      '}',
      '',
    ].join('\n');
    const withCommon = (inputs: string) => ({
      ...withLeaf('vpc/terragrunt.hcl', leaf),
      'live/_common/vpc.hcl': `inputs = {\n${inputs}}\n`,
    });
    expect(
      (await validate(withCommon('  cidr = "10.0.0.0/16"\n'), ['terragrunt']))
        .findings,
    ).toEqual([]);
    expect(
      (await validate(withCommon(''), ['terragrunt'])).findings.map(
        f => f.message,
      ),
    ).toEqual([
      'inputs do not give required variable "cidr" of modules/networking',
    ]);
  });

  it('reports a dependency whose config_path is not a Terragrunt folder, and undeclared dependencies', async () => {
    const report = await validate(
      withLeaf(
        'app/terragrunt.hcl',
        [
          'include "root" {',
          '  path = find_in_parent_folders()',
          '}',
          '',
          'terraform {',
          '  source = "${get_repo_root()}/modules/app"',
          '}',
          '',
          'dependency "vpc" {',
          '  config_path = "../network"',
          '}',
          '',
          'inputs = {',
          '  name   = "billpay-dev"',
          '  vpc_id = dependency.network.outputs.vpc_id',
          '}',
          '',
        ].join('\n'),
      ),
      ['terragrunt'],
    );
    expect(report.findings.map(f => [f.line, f.message])).toEqual([
      [
        9,
        'dependency "vpc": config_path "../network" is not a folder with a terragrunt.hcl',
      ],
      [
        15,
        'dependency.network is used but no dependency "network" is declared',
      ],
    ]);
  });

  it('reports a local source that does not exist and an include that cannot be found', async () => {
    const report = await validate(
      withLeaf(
        'vpc/terragrunt.hcl',
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n\nterraform {\n  source = "../../../modules//vpc"\n}\n',
      ),
      ['terragrunt'],
    );
    expect(report.findings.map(f => [f.line, f.message])).toEqual([
      [
        1,
        'include path "${find_in_parent_folders("root.hcl")}" cannot be found',
      ],
      [
        6,
        'terraform.source "../../../modules//vpc" is not a folder of the repository',
      ],
    ]);
  });

  it('leaves remote sources and inputs built by expressions alone', async () => {
    const report = await validate(
      {
        ...withLeaf(
          'vpc/terragrunt.hcl',
          'terraform {\n  source = "git::https://example.com/modules.git//vpc?ref=v1.0.0"\n}\n',
        ),
        'live/dev/app/terragrunt.hcl':
          'locals {\n  common = read_terragrunt_config(find_in_parent_folders("common.hcl"))\n}\n\nterraform {\n  source = "../../../modules/app"\n}\n\ninputs = merge(local.common.inputs, { name = "x" })\n',
      },
      ['terragrunt'],
    );
    expect(report.findings).toEqual([]);
  });
});
