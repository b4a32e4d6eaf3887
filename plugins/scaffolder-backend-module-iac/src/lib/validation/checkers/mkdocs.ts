import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Node } from 'yaml';
import { Checker, CheckerContext, CheckerFinding } from '../types';

interface NavPage {
  page: string;
  offset: number;
}

// nav entries are a page path, or `Title: page`, or `Title: [entries]`.
function navPages(node: unknown, out: NavPage[] = []): NavPage[] {
  if (isSeq(node)) {
    node.items.forEach(item => navPages(item, out));
  } else if (isMap(node)) {
    node.items.forEach(pair => navPages(pair.value, out));
  } else if (isScalar(node) && typeof node.value === 'string') {
    out.push({ page: node.value, offset: (node as Node).range?.[0] ?? 0 });
  }
  return out;
}

async function checkFile(
  file: string,
  ctx: CheckerContext,
): Promise<CheckerFinding[]> {
  const lineCounter = new LineCounter();
  // Unknown tags (such as the !!python/name: of Material's extensions) are only warnings here.
  const doc = parseDocument(await ctx.read(file), {
    lineCounter,
    prettyErrors: false,
  });
  if (doc.errors.length) {
    return doc.errors.map(e => ({
      file,
      line: lineCounter.linePos(e.pos[0]).line,
      message: e.message.split('\n')[0],
    }));
  }
  const folder = path.posix.dirname(file);
  const docsDir = String(doc.get('docs_dir') ?? 'docs');
  const docsRoot = path.posix.normalize(path.posix.join(folder, docsDir));
  const findings: CheckerFinding[] = [];
  if (!ctx.files.some(f => f.startsWith(`${docsRoot}/`))) {
    findings.push({
      file,
      message: `the docs folder ${docsRoot} has no files`,
    });
  }
  for (const { page, offset } of navPages(doc.get('nav', true))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(page)) continue; // an external link
    const target = path.posix.normalize(path.posix.join(docsRoot, page));
    if (!ctx.files.includes(target)) {
      findings.push({
        file,
        line: lineCounter.linePos(offset).line,
        message: `nav page "${page}" does not exist (${target})`,
      });
    }
  }
  return findings;
}

/** The pages listed in each mkdocs.yml nav exist under its docs folder. */
export const mkdocsChecker: Checker = {
  id: 'mkdocs',
  title: 'TechDocs (mkdocs.yml)',
  select: ctx =>
    ctx.files.filter(f => /^mkdocs\.ya?ml$/.test(path.posix.basename(f))),
  async check(files, ctx) {
    return (await Promise.all(files.map(f => checkFile(f, ctx)))).flat();
  },
};
