import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('github-workflows checker', () => {
  const { validate } = validationFixture();
  const workflow = (text: string) => ({
    ...goodRepository(),
    '.github/workflows/iac-apply.yml': text,
  });

  it('passes the good repository', async () => {
    const report = await validate(goodRepository(), ['github-workflows']);
    expect(report.checks).toEqual([
      { checker: 'github-workflows', status: 'passed', files: 1 },
    ]);
  });

  it('reports schema errors at the line of the offending key', async () => {
    const report = await validate(
      workflow(
        'name: ci\non:\n  push:\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - bogus: 1\n  other:\n    needs: [missing]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      ),
      ['github-workflows'],
    );
    expect(report.findings).toEqual([
      {
        checker: 'github-workflows',
        file: '.github/workflows/iac-apply.yml',
        line: 9,
        message: 'jobs.run.steps[1].uses: This property is required',
        severity: 'error',
      },
      expect.objectContaining({
        line: 9,
        message:
          "jobs.run.steps[1]: Additional property 'bogus' is not allowed",
      }),
      expect.objectContaining({
        line: 11,
        message: 'jobs.other.needs: unresolved job missing',
      }),
    ]);
  });

  it('reports a YAML syntax error with its line', async () => {
    const report = await validate(workflow('name: ci\non: [push\njobs: {}\n'), [
      'github-workflows',
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringContaining("did not find expected ',' or ']'"),
      }),
    ]);
  });
});
