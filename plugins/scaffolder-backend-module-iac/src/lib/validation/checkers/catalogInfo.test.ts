import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('catalog-info checker', () => {
  const { validate } = validationFixture();
  const catalogInfo = (text: string) => ({
    ...goodRepository(),
    'catalog-info.yaml': text,
  });

  it('passes the good repository', async () => {
    const report = await validate(goodRepository(), ['catalog-info']);
    expect(report.checks).toEqual([
      { checker: 'catalog-info', status: 'passed', files: 1 },
    ]);
  });

  it('reports an invalid field at its line, in any document of the file', async () => {
    const report = await validate(
      catalogInfo(
        'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: billpay\nspec:\n  owner: team-payments\n---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: Bill Pay!\nspec:\n  type: vpc\n  owner: team-payments\n',
      ),
      ['catalog-info'],
    );
    expect(report.findings).toEqual([
      {
        checker: 'catalog-info',
        file: 'catalog-info.yaml',
        line: 11,
        message: expect.stringContaining('"metadata.name" is not valid'),
        severity: 'error',
      },
    ]);
  });

  it('reports a kind schema error and an unknown kind', async () => {
    const report = await validate(
      catalogInfo(
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: billpay\nspec:\n  type: service\n  lifecycle: production\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n',
      ),
      ['catalog-info'],
    );
    expect(report.findings.map(f => [f.line, f.message])).toEqual([
      [5, expect.stringMatching(/owner/)],
      [
        9,
        'kind "Widget" with apiVersion "example.com/v1" is not a known catalog kind',
      ],
    ]);
  });

  it('reports YAML syntax errors', async () => {
    const report = await validate(catalogInfo('kind: System\nmetadata: [\n'), [
      'catalog-info',
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({ file: 'catalog-info.yaml', line: 3 }),
    ]);
  });
});
