import { goodRepository } from '../__testUtils__/goodRepository';
import { validationFixture } from '../__testUtils__/validateFixture';

describe('mkdocs checker', () => {
  const { validate } = validationFixture();

  it('passes the good repository (external links are not pages)', async () => {
    const report = await validate(goodRepository(), ['mkdocs']);
    expect(report.checks).toEqual([
      { checker: 'mkdocs', status: 'passed', files: 1 },
    ]);
  });

  it('reports a nav page that does not exist, at its line', async () => {
    const report = await validate(
      {
        ...goodRepository(),
        'mkdocs.yml':
          'site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\nnav:\n  - Home: index.md\n  - Design:\n      - Runbook: design/runbook.md\n',
      },
      ['mkdocs'],
    );
    expect(report.findings).toEqual([
      {
        checker: 'mkdocs',
        file: 'mkdocs.yml',
        line: 8,
        message:
          'nav page "design/runbook.md" does not exist (docs/design/runbook.md)',
        severity: 'error',
      },
    ]);
  });

  it('reports a docs folder without files', async () => {
    const { docs: _docs, ...withoutDocs } = goodRepository();
    const report = await validate(
      { ...withoutDocs, 'mkdocs.yml': 'site_name: x\ndocs_dir: pages\n' },
      ['mkdocs'],
    );
    expect(report.findings.map(f => f.message)).toEqual([
      'the docs folder pages has no files',
    ]);
  });
});
