import path from 'node:path';
import { references } from '../hclReferences';
import { escapeRegExp, lineOf } from '../lines';
import { Checker, CheckerContext, CheckerFinding } from '../types';
import { readModuleFolder } from './opentofuModules';

type Block = Record<string, unknown>;

function blocks(value: unknown): Block[] {
  if (Array.isArray(value)) return value as Block[];
  return value && typeof value === 'object'
    ? (Object.values(value).flat() as Block[])
    : [];
}

function labelled(value: unknown): Array<[string, Block]> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Record<string, Block[]>).map(([label, list]) => [
        label,
        list[0],
      ])
    : [];
}

/**
 * Where Terragrunt's `find_in_parent_folders(name)` lands for a file: the nearest `name` in a
 * folder above the file's own.
 */
function findInParentFolders(
  name: string,
  file: string,
  ctx: CheckerContext,
): string {
  const start = path.posix.dirname(path.posix.dirname(file));
  for (let dir = start; ; dir = path.posix.dirname(dir)) {
    const candidate = path.posix.join(dir, name);
    if (ctx.files.includes(candidate)) return candidate;
    // Not found anywhere: answer the nearest candidate, which callers report as missing.
    if (dir === '.') return path.posix.join(start, name);
  }
}

/**
 * Resolves a path written in a Terragrunt file, relative to the validated root, for the forms
 * that can be read without running Terragrunt: relative paths, paths starting with
 * `get_terragrunt_dir()` or `get_repo_root()`, `find_in_parent_folders([name])` and
 * `dirname(find_in_parent_folders([name]))/...`. Answers undefined for anything else (remote
 * sources, other functions).
 */
function resolvePath(
  value: unknown,
  file: string,
  ctx: CheckerContext,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const find =
    /^\$\{(dirname\()?find_in_parent_folders\((?:"([^"]+)")?\)\)?\}(.*)$/.exec(
      value,
    );
  if (find) {
    const [, dirname, name = 'terragrunt.hcl', rest] = find;
    const found = findInParentFolders(name, file, ctx);
    if (!dirname) return rest ? undefined : found;
    return path.posix.normalize(
      path.posix.join(path.posix.dirname(found), rest),
    );
  }
  const [, base, rest] =
    /^\$\{(get_repo_root|get_terragrunt_dir)\(\)\}\/?(.*)$/.exec(value) ??
    (/^\.\.?(\/|$)/.test(value) ? [value, 'get_terragrunt_dir', value] : []);
  if (!base || rest === undefined || rest.includes('${')) return undefined;
  const from = base === 'get_repo_root' ? '.' : path.posix.dirname(file);
  // `//` separates the folder Terragrunt copies from the module inside it; locally it is one path.
  return (
    path.posix.normalize(path.posix.join(from, rest)).replace(/\/$/, '') || '.'
  );
}

function inputKeys(body: Block): Set<string> | undefined {
  const { inputs } = body;
  if (inputs === undefined) return new Set();
  return inputs && typeof inputs === 'object' && !Array.isArray(inputs)
    ? new Set(Object.keys(inputs))
    : undefined;
}

function isFolder(folder: string, ctx: CheckerContext): boolean {
  return ctx.files.some(f => f.startsWith(`${folder}/`));
}

async function checkFile(
  file: string,
  ctx: CheckerContext,
): Promise<CheckerFinding[]> {
  const { body } = await ctx.parseHcl(file);
  if (!body) return [];
  const text = await ctx.read(file);
  const findings: CheckerFinding[] = [];
  const report = (pattern: RegExp, message: string) =>
    findings.push({ file, line: lineOf(text, pattern), message });

  for (const [name, block] of labelled(body.dependency)) {
    const target = resolvePath(block.config_path, file, ctx);
    if (
      target &&
      (target.startsWith('..') ||
        !ctx.files.includes(path.posix.join(target, 'terragrunt.hcl')))
    ) {
      report(
        new RegExp(`dependency\\s+"${escapeRegExp(name)}"`),
        `dependency "${name}": config_path "${block.config_path}" is not a folder with a terragrunt.hcl`,
      );
    }
  }
  for (const block of blocks(body.dependencies)) {
    for (const dependency of Array.isArray(block.paths) ? block.paths : []) {
      const target = resolvePath(dependency, file, ctx);
      if (
        target &&
        (target.startsWith('..') ||
          !ctx.files.includes(path.posix.join(target, 'terragrunt.hcl')))
      ) {
        report(
          /\bdependencies\b/,
          `dependencies: "${dependency}" is not a folder with a terragrunt.hcl`,
        );
      }
    }
  }

  // Included files are merged into this one by Terragrunt (inputs, dependency blocks).
  const includedBodies: Block[] = [];
  for (const include of blocks(body.include)) {
    const included = resolvePath(include.path, file, ctx);
    if (!included) continue;
    if (!ctx.files.includes(included)) {
      report(/\binclude\b/, `include path "${include.path}" cannot be found`);
      continue;
    }
    const includedBody = (await ctx.parseHcl(included)).body;
    if (includedBody) includedBodies.push(includedBody);
  }

  const declared = new Set(
    [body, ...includedBodies].flatMap(b =>
      labelled(b.dependency).map(([n]) => n),
    ),
  );
  for (const name of new Set(references(body, 'dependency').map(([n]) => n))) {
    if (!declared.has(name)) {
      report(
        new RegExp(`(?<![\\w.])dependency\\.${escapeRegExp(name)}\\b`),
        `dependency.${name} is used but no dependency "${name}" is declared`,
      );
    }
  }

  const source = blocks(body.terraform)[0]?.source;
  const moduleFolder = resolvePath(source, file, ctx);
  if (!moduleFolder) return findings;
  if (moduleFolder.startsWith('..') || !isFolder(moduleFolder, ctx)) {
    report(
      /\bsource\s*=/,
      `terraform.source "${source}" is not a folder of the repository`,
    );
    return findings;
  }
  const module = await readModuleFolder(moduleFolder, ctx);
  const given = inputKeys(body);
  // Inputs built by an expression (merge(), read_terragrunt_config()) cannot be listed here.
  if (
    !module ||
    !given ||
    includedBodies.length < blocks(body.include).length
  ) {
    return findings;
  }
  for (const includedBody of includedBodies) {
    const keys = inputKeys(includedBody);
    if (!keys) return findings;
    keys.forEach(k => given.add(k));
  }

  for (const [variable, { required }] of module.variables) {
    if (required && !given.has(variable)) {
      report(
        /\binputs\s*=/.test(text) ? /\binputs\s*=/ : /\bterraform\b/,
        `inputs do not give required variable "${variable}" of ${moduleFolder}`,
      );
    }
  }
  return findings;
}

/**
 * Terragrunt: each `dependency` and `dependencies` path is a Terragrunt folder, and each leaf
 * whose `terraform.source` is a local module gives every required variable of that module in its
 * inputs (its own merged with those of the files it includes; a `dependency.x.outputs.y` value
 * counts as given). Paths that need Terragrunt to evaluate are not checked.
 */
export const terragruntChecker: Checker = {
  id: 'terragrunt',
  title: 'Terragrunt',
  select: ctx =>
    ctx.files.filter(f => path.posix.basename(f) === 'terragrunt.hcl'),
  async check(files, ctx) {
    return (await Promise.all(files.map(f => checkFile(f, ctx)))).flat();
  },
};
