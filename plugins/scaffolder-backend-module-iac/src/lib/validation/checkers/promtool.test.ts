import { goodRepository } from '../__testUtils__/goodRepository';
import {
  expectToolOutcome,
  validationFixture,
} from '../__testUtils__/validateFixture';

describe('promtool checker', () => {
  const { validate } = validationFixture();

  it('passes the good repository, rule files included', async () => {
    const report = await validate(goodRepository(), ['promtool']);
    expectToolOutcome(report, 'promtool', []);
  });

  it('reports an invalid configuration and a missing rule file', async () => {
    const repository = goodRepository();
    const report = await validate(
      {
        ...repository,
        monitoring: {
          'prometheus.yml': 'global:\n  scrape_interval: 15x\n',
        },
        'other/prometheus.yml': 'rule_files:\n  - missing.yml\n',
      },
      ['promtool'],
    );
    expectToolOutcome(report, 'promtool', [
      {
        file: 'monitoring/prometheus.yml',
        message: expect.stringContaining('not a valid duration string: "15x"'),
      },
      {
        file: 'other/prometheus.yml',
        message: '"missing.yml" does not point to an existing file',
      },
    ]);
  });

  it('is skipped when promtool is not on the search path', async () => {
    const report = await validate(goodRepository(), ['promtool'], {
      searchPath: '',
    });
    expect(report.checks).toEqual([
      {
        checker: 'promtool',
        status: 'skipped',
        files: 1,
        reason: 'promtool is not installed',
      },
    ]);
  });
});
