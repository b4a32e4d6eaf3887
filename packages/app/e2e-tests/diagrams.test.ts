// Every mermaid diagram in the docs the templates generate (their golden copies, one per example)
// is parsed by the mermaid build TechDocs draws them with: a diagram with a syntax error would
// stay as code on the page.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(REPO_ROOT, 'packages/stack-tests/golden');
const MERMAID = path.join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

interface Diagram {
  where: string;
  text: string;
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

function diagrams(): Diagram[] {
  return markdownFiles(GOLDEN).flatMap(file =>
    [...fs.readFileSync(file, 'utf8').matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(
      (match, i) => ({ where: `${path.relative(GOLDEN, file)} #${i + 1}`, text: match[1] }),
    ),
  );
}

test('every diagram of the generated docs parses in mermaid', async ({ page }) => {
  const all = diagrams();
  // Each template draws its architecture, and order processing its event flow too.
  expect(all.length).toBeGreaterThanOrEqual(21);

  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: MERMAID });
  const problems = await page.evaluate(async (texts: string[]) => {
    const mermaid = (globalThis as any).mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const found: (string | null)[] = [];
    for (const text of texts) {
      try {
        await mermaid.parse(text);
        found.push(null);
      } catch (error) {
        found.push(String((error as Error)?.message ?? error));
      }
    }
    return found;
  }, all.map(d => d.text));

  expect(
    all.flatMap((d, i) => (problems[i] ? [`${d.where}: ${problems[i]}`] : [])),
  ).toEqual([]);
});
