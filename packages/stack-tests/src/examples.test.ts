// Every example of every template renders, passes every check of iac:validate with zero
// findings and the policy gate without an override, and matches its golden copy (regenerate with
// `yarn golden:update` after a change).
import fs from 'node:fs';
import path from 'node:path';
import { checkPolicies, listExamples, readTree, renderExample, validateWorkspace } from './renderExample';

jest.setTimeout(300_000);

const GOLDEN_DIR = path.resolve(__dirname, '../golden');
const update = process.env.UPDATE_GOLDEN === '1';
const examples = listExamples();

describe('template examples', () => {
  it('cover every template', () => {
    const templates = fs
      .readdirSync(path.resolve(__dirname, '../../../templates'))
      .filter(t => fs.existsSync(path.resolve(__dirname, '../../../templates', t, 'template.yaml')));
    expect([...new Set(examples.map(e => e.template))].sort()).toEqual(templates.sort());
  });

  describe.each(examples.map(e => [`${e.template}/${e.name}`, e] as const))('%s', (_label, example) => {
    it('renders, validates with zero findings, passes the policy gate and matches its golden copy', async () => {
      const rendered = await renderExample(example.input);
      try {
        expect(rendered.outputs.fileCount).toBeGreaterThan(0);
        const report = await validateWorkspace(rendered.workspace, rendered.outputs.manifest);
        expect(report.findings).toEqual([]);
        expect(report.checks.filter((c: any) => c.status === 'failed')).toEqual([]);
        const policy = await checkPolicies(rendered.workspace, rendered.outputs.manifest);
        expect(policy).toMatchObject({ passed: true, violations: [], overridden: false });

        const golden = path.join(GOLDEN_DIR, example.template, example.name);
        const actual = readTree(rendered.workspace);
        if (update) {
          fs.rmSync(golden, { recursive: true, force: true });
          fs.cpSync(rendered.workspace, golden, { recursive: true });
        }
        const expected = readTree(golden);
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [file, content] of actual) {
          expect([file, content]).toEqual([file, expected.get(file)]);
        }
      } finally {
        rendered.cleanup();
      }
    });
  });
});
