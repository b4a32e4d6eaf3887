import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('actionlint checker', () => {
  const { validate } = validationFixture();

  it('passes the good repository', async () => {
    const report = await validate(goodRepository(), ['actionlint']);
    expect(report.checks).toEqual([
      { checker: 'actionlint', status: 'passed', files: 1 },
    ]);
  });

  it('reports actionlint problems with their line, and leaves YAML it cannot parse to the schema check', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        '.github/workflows/iac-apply.yml':
          'on: workflow_dispatch\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ inputs.nope }}"\n  other:\n    needs: [missing]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
        '.github/workflows/broken.yml': 'on: [push\n',
      },
      ['actionlint'],
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        file: '.github/workflows/iac-apply.yml',
        line: 6,
        message: expect.stringContaining('property "nope" is not defined'),
      }),
      expect.objectContaining({
        file: '.github/workflows/iac-apply.yml',
        line: 7,
        message:
          'job "other" needs job "missing" which does not exist in this workflow [job-needs]',
      }),
    ]);
  });
});
