import { goodManifest, goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('manifest checker', () => {
  const { validate } = validationFixture();

  it('passes when every tfType is a resource of its module', async () => {
    const report = await validate(goodRepository(), ['manifest'], {
      manifest: goodManifest,
    });
    expect(report.checks).toEqual([
      { checker: 'manifest', status: 'passed', files: 5 },
    ]);
  });

  it('reports a tfType its module does not declare, and a module folder without code', async () => {
    const report = await validate(goodRepository(), ['manifest'], {
      manifest: [
        ...goodManifest,
        {
          name: 'billpay-dev-nat',
          module: 'networking',
          tfType: 'aws_nat_gateway',
        },
        {
          name: 'billpay-dev-db',
          module: 'database',
          tfType: 'aws_db_instance',
        },
      ],
    });
    expect(report.findings).toEqual([
      {
        checker: 'manifest',
        file: 'modules/database',
        message:
          'manifest entry "billpay-dev-db": module folder modules/database has no .tf files',
        severity: 'error',
      },
      {
        checker: 'manifest',
        file: 'modules/networking',
        message:
          'manifest entry "billpay-dev-nat": modules/networking declares no resource of type aws_nat_gateway',
        severity: 'error',
      },
    ]);
  });

  it('leaves entries without a tfType alone', async () => {
    const report = await validate(goodRepository(), ['manifest'], {
      manifest: [{ name: 'billpay-dev-release' }],
    });
    expect(report.checks).toEqual([
      {
        checker: 'manifest',
        status: 'skipped',
        files: 0,
        reason: 'no manifest entry has a tfType',
      },
    ]);
  });

  it('is skipped without a manifest', async () => {
    const report = await validate(goodRepository(), ['manifest']);
    expect(report.checks).toEqual([
      {
        checker: 'manifest',
        status: 'skipped',
        files: 0,
        reason: 'no manifest was given',
      },
    ]);
  });
});
