import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('opentofu checker', () => {
  const { validate } = validationFixture();

  const withEnvironment = (main: string) => ({
    ...goodRepository(),
    'environments/dev/main.tf': main,
  });

  it('passes the good repository', async () => {
    const report = await validate(goodRepository(), ['opentofu']);
    expect(report.checks).toEqual([
      { checker: 'opentofu', status: 'passed', files: 7 },
    ]);
  });

  it('reports variables and locals used but not declared', async () => {
    const report = await validate(
      withEnvironment(
        'module "networking" {\n  source = "../../modules/networking"\n\n  name = local.prefix\n  cidr = var.cidr_block\n}\n',
      ),
      ['opentofu'],
    );
    expect(report.findings).toEqual(
      [
        {
          checker: 'opentofu',
          file: 'environments/dev/main.tf',
          line: 5,
          message:
            'var.cidr_block is used but no variable "cidr_block" is declared in environments/dev',
          severity: 'error',
        },
        {
          checker: 'opentofu',
          file: 'environments/dev/main.tf',
          line: 4,
          message:
            'local.prefix is used but no local value "prefix" is defined in environments/dev',
          severity: 'error',
        },
      ].sort((a, b) => a.line - b.line),
    );
  });

  it('reports a local module source that does not exist', async () => {
    const report = await validate(
      withEnvironment('module "dns" {\n  source = "../../modules/dns"\n}\n'),
      ['opentofu'],
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        file: 'environments/dev/main.tf',
        line: 1,
        message:
          'module "dns": source "../../modules/dns" has no .tf files (modules/dns)',
      }),
    ]);
  });

  it('reports a missing required variable and an unknown argument in a module call', async () => {
    const report = await validate(
      withEnvironment(
        '\nmodule "networking" {\n  source = "../../modules/networking"\n\n  name   = "billpay-dev"\n  region = "eu-west-1"\n}\n',
      ),
      ['opentofu'],
    );
    expect(report.findings.map(f => [f.line, f.message])).toEqual([
      [
        2,
        'module "networking": required variable "cidr" of modules/networking is not given',
      ],
      [2, 'module "networking": modules/networking has no variable "region"'],
    ]);
  });

  it('reports module outputs and modules that do not exist', async () => {
    const report = await validate(
      withEnvironment(
        [
          'module "networking" {',
          '  source = "../../modules/networking"',
          '  name   = "a"',
          '  cidr   = "10.0.0.0/16"',
          '}',
          '',
          'output "subnets" {',
          '  value = module.networking.subnet_ids',
          '}',
          '',
          'output "db" {',
          '  value = module.database[0].endpoint',
          '}',
          '',
        ].join('\n'),
      ),
      ['opentofu'],
    );
    expect(report.findings.map(f => [f.file, f.line, f.message])).toEqual([
      [
        'environments/dev/main.tf',
        8,
        'module.networking.subnet_ids is used but modules/networking has no output "subnet_ids"',
      ],
      [
        'environments/dev/main.tf',
        12,
        'module.database is used but no module "database" is declared in environments/dev',
      ],
    ]);
  });

  it('does not read references in literal strings or escaped template sequences', async () => {
    const report = await validate(
      withEnvironment(
        'locals {\n  note = "set var.missing and $${var.other} by hand"\n}\n',
      ),
      ['opentofu'],
    );
    expect(report.findings).toEqual([]);
  });
});
