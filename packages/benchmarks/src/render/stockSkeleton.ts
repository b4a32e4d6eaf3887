// Turns a stack into what Backstage's fetch:template can render, so both actions work on the same
// files with the same values:
// - Syntax: the stack format writes Nunjucks variables as `{{ }}` and passes GitHub's `${{ }}`
//   through; fetch:template reads `${{ }}` as its variables. Variables become `${{ }}` and each
//   GitHub expression is wrapped in `{% raw %}`.
// - Context: fetch:template gives templates only `values`. The other names the stack format
//   provides (environments, environment, stack, manifest, cost) are passed as template globals
//   with the values iac:render computed (see contextProbe.ts).
// - Per-environment files: a `__env__` path segment becomes `${{ environment }}`, and the
//   folder holding those files is rendered once per environment, as a template would do with a
//   fetch:template step using `each:` over the environments.
// - Shared modules: iac:render copies them from templates/shared/modules; here they are copied
//   into the skeleton beforehand, as a stock template would have to vendor them.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../fileTree';

const TEMPLATE_SUFFIX = '.njk';
const ENV_MARKER = '__env__';
const VARIABLE_OR_GITHUB_EXPRESSION = /\$\{\{[\s\S]*?\}\}|\{\{/g;

/** Rewrites a stack template into fetch:template's syntax. */
function toStockSyntax(text: string): string {
  return text.replace(VARIABLE_OR_GITHUB_EXPRESSION, match =>
    match === '{{' ? '${{' : `{% raw %}${match}{% endraw %}`,
  );
}

function copyFile(from: string, to: string, text?: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (text === undefined) fs.copyFileSync(from, to);
  else fs.writeFileSync(to, text);
  fs.chmodSync(to, fs.statSync(from).mode & 0o777);
}

export interface StockSkeleton {
  /** `file://` URL of a template file in the folder holding both skeletons. */
  templateBaseUrl: string;
  /** Files rendered once. */
  commonUrl: string;
  /** Files rendered once per environment (their paths hold `${{ environment }}`), if any. */
  perEnvironmentUrl?: string;
}

// Where iac:render writes a skeleton file: without the suffix, once per environment.
function outputPaths(file: string, environments: string[]): string[] {
  const target = file.endsWith(TEMPLATE_SUFFIX)
    ? file.slice(0, -TEMPLATE_SUFFIX.length)
    : file;
  return target.includes(ENV_MARKER)
    ? environments.map(e => target.split(ENV_MARKER).join(e))
    : [target];
}

/**
 * Writes the two skeleton folders into `dir`. The shared module files are taken from a render
 * of the same stack by iac:render: every output file that no skeleton file produced.
 */
export function writeStockSkeleton(options: {
  skeletonDir: string;
  environments: string[];
  rendered: { outputDir: string; files: string[] };
  dir: string;
}): StockSkeleton {
  const common = path.join(options.dir, 'common');
  const perEnvironment = path.join(options.dir, 'per-environment');
  const fromSkeleton = new Set<string>();
  for (const file of listFiles(options.skeletonDir)) {
    outputPaths(file, options.environments).forEach(p => fromSkeleton.add(p));
    const source = path.join(options.skeletonDir, file);
    const text = file.endsWith(TEMPLATE_SUFFIX)
      ? toStockSyntax(fs.readFileSync(source, 'utf8'))
      : undefined;
    const target = file.includes(ENV_MARKER)
      ? path.join(
          perEnvironment,
          file.split(ENV_MARKER).join('${{ environment }}'),
        )
      : path.join(common, file);
    copyFile(source, target, text);
  }
  for (const file of options.rendered.files.filter(f => !fromSkeleton.has(f))) {
    copyFile(
      path.join(options.rendered.outputDir, file),
      path.join(common, file),
    );
  }
  return {
    templateBaseUrl: `file://${path.join(options.dir, 'template.yaml')}`,
    commonUrl: './common',
    perEnvironmentUrl: fs.existsSync(perEnvironment)
      ? './per-environment'
      : undefined,
  };
}
