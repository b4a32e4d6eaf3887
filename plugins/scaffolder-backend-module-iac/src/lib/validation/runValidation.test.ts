import fs from 'node:fs';
import os from 'node:os';
import { CHECKER_IDS } from './checkers';
import { goodManifest, goodRepository } from './__testUtils__/goodRepository';
import { installed, validationFixture } from './__testUtils__/validateFixture';

const TOOLS: Record<string, string[]> = {
  'tofu-fmt': ['tofu', 'terraform'],
  yamllint: ['yamllint'],
  shellcheck: ['shellcheck'],
  'ansible-syntax': ['ansible-playbook'],
  'ansible-lint': ['ansible-lint'],
  nginx: ['nginx'],
  'docker-compose': ['docker-compose'],
  promtool: ['promtool'],
};

describe('runValidation', () => {
  jest.setTimeout(120_000);
  const { validate } = validationFixture();

  it('passes the good repository with zero findings, running every check it can', async () => {
    const report = await validate(goodRepository(), undefined, {
      manifest: goodManifest,
    });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.checks.map(c => c.checker)).toEqual(CHECKER_IDS);
    for (const check of report.checks) {
      const tools = TOOLS[check.checker];
      const runnable = !tools || tools.some(installed);
      expect([check.checker, check.status]).toEqual([
        check.checker,
        runnable ? 'passed' : 'skipped',
      ]);
      expect(check.files).toBeGreaterThan(0);
    }
  });

  it('runs only the requested checkers and sorts findings by file and line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'modules/app/broken.tf': 'locals {\n  a = \n}\n',
        'catalog-info.yaml': 'kind: [\n',
      },
      ['catalog-info', 'hcl'],
    );
    expect(report.checks.map(c => [c.checker, c.status])).toEqual([
      ['hcl', 'failed'],
      ['catalog-info', 'failed'],
    ]);
    expect(
      report.findings.map(f => `${f.file}:${f.line} ${f.checker}`),
    ).toEqual([
      'catalog-info.yaml:2 catalog-info',
      'modules/app/broken.tf:2 hcl',
    ]);
  });

  it('skips a checker with no files to look at', async () => {
    const report = await validate({ 'README.md': '# x\n' }, ['hcl', 'nginx']);
    expect(report.checks).toEqual([
      {
        checker: 'hcl',
        status: 'skipped',
        files: 0,
        reason: 'no files to check',
      },
      {
        checker: 'nginx',
        status: 'skipped',
        files: 0,
        reason: 'no files to check',
      },
    ]);
    expect(report.passed).toBe(true);
  });

  it('removes its temporary folders', async () => {
    const before = fs
      .readdirSync(os.tmpdir())
      .filter(d => d.startsWith('iac-validate-'));
    await validate(goodRepository(), ['nginx']);
    const after = fs
      .readdirSync(os.tmpdir())
      .filter(d => d.startsWith('iac-validate-'));
    expect(after).toEqual(before);
  });
});
