import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('yamllint checker', () => {
  const { validate } = validationFixture();

  it('reports yamllint errors (not its relaxed warnings) with file and line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'monitoring/alerts.yml':
          'groups:\n  - name: billpay   \n    rules: [a,b]\n',
        'docker-compose.yml': 'services:\n  app:\n    image: x\n   ports: [\n',
      },
      ['yamllint'],
    );
    expectToolOutcome(report, 'yamllint', [
      {
        file: 'docker-compose.yml',
        line: 4,
        message: expect.stringMatching(/^syntax error: .* \(syntax\)$/),
      },
      {
        file: 'monitoring/alerts.yml',
        line: 2,
        message: 'trailing spaces (trailing-spaces)',
      },
    ]);
  });

  it('is skipped when yamllint is not on the search path', async () => {
    const report = await validate(goodRepository(), ['yamllint'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'yamllint',
        status: 'skipped',
        files: 8,
        reason: 'yamllint is not installed',
      },
    ]);
  });
});
