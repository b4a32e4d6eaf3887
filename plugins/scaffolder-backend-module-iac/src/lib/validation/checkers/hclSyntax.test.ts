import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('hcl checker', () => {
  const { validate } = validationFixture();

  it('passes the good repository', async () => {
    const report = await validate(goodRepository(), ['hcl']);
    expect(report.checks).toEqual([
      { checker: 'hcl', status: 'passed', files: 11 },
    ]);
  });

  it('reports each syntax error with its file and line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'environments/dev/broken.tf': 'locals {\n  a = 1\n  b = \n}\n',
        'live/dev/vpc/terragrunt.hcl':
          'inputs = {\n  name = "a"\n  cidr = [\n}\n',
      },
      ['hcl'],
    );
    expect(report.findings).toEqual([
      {
        checker: 'hcl',
        file: 'environments/dev/broken.tf',
        line: 3,
        message:
          'Invalid expression; Expected the start of an expression, but found an invalid expression token',
        severity: 'error',
      },
      expect.objectContaining({ file: 'live/dev/vpc/terragrunt.hcl', line: 4 }),
    ]);
  });
});
