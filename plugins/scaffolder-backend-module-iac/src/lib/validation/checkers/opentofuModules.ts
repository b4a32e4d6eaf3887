import path from 'node:path';
import { references } from '../hclReferences';
import { escapeRegExp, lineOf } from '../lines';
import { Checker, CheckerContext, CheckerFinding } from '../types';

/** Arguments of a `module` block that are not the module's input variables. */
const META_ARGUMENTS = new Set([
  'source',
  'version',
  'providers',
  'count',
  'for_each',
  'depends_on',
]);

type Blocks = Record<string, Array<Record<string, unknown>>>;

/** What a folder of `.tf` files declares, and where. */
export interface ModuleFolder {
  folder: string;
  files: Array<{ file: string; text: string; body: Record<string, unknown> }>;
  variables: Map<string, { required: boolean }>;
  outputs: Set<string>;
  locals: Set<string>;
  resourceTypes: Set<string>;
  calls: Map<string, { file: string; block: Record<string, unknown> }>;
}

function folderOf(file: string): string {
  return path.posix.dirname(file);
}

/**
 * Reads the `.tf` files of a folder. Answers undefined when the folder has no `.tf` file or one of
 * them does not parse (the HCL syntax check reports that).
 */
export async function readModuleFolder(
  folder: string,
  ctx: CheckerContext,
): Promise<ModuleFolder | undefined> {
  const tfFiles = ctx.files.filter(
    f => f.endsWith('.tf') && folderOf(f) === folder,
  );
  if (!tfFiles.length) return undefined;
  const module: ModuleFolder = {
    folder,
    files: [],
    variables: new Map(),
    outputs: new Set(),
    locals: new Set(),
    resourceTypes: new Set(),
    calls: new Map(),
  };
  for (const file of tfFiles) {
    const { body } = await ctx.parseHcl(file);
    if (!body) return undefined;
    module.files.push({ file, text: await ctx.read(file), body });
    for (const [name, blocks] of Object.entries(
      (body.variable ?? {}) as Blocks,
    )) {
      module.variables.set(name, {
        required: !blocks.some(b => 'default' in b),
      });
    }
    Object.keys(body.output ?? {}).forEach(name => module.outputs.add(name));
    Object.keys(body.resource ?? {}).forEach(type =>
      module.resourceTypes.add(type),
    );
    for (const block of (body.locals ?? []) as Array<Record<string, unknown>>) {
      Object.keys(block).forEach(name => module.locals.add(name));
    }
    for (const [name, blocks] of Object.entries(
      (body.module ?? {}) as Blocks,
    )) {
      module.calls.set(name, { file, block: blocks[0] });
    }
  }
  return module;
}

/** Folder of a local module source (`./x`, `../x`), relative to the validated root. */
export function localSource(
  fromFolder: string,
  source: unknown,
): string | undefined {
  if (typeof source !== 'string' || !/^\.\.?\//.test(source)) return undefined;
  return path.posix
    .normalize(path.posix.join(fromFolder, source))
    .replace(/\/$/, '');
}

function where(
  module: ModuleFolder,
  pattern: RegExp,
): { file: string; line?: number } {
  for (const { file, text } of module.files) {
    const line = lineOf(text, pattern);
    if (line) return { file, line };
  }
  return { file: module.files[0].file };
}

async function checkFolder(
  module: ModuleFolder,
  ctx: CheckerContext,
): Promise<CheckerFinding[]> {
  const findings: CheckerFinding[] = [];
  const report = (pattern: RegExp, message: string) =>
    findings.push({ ...where(module, pattern), message });
  const bodies = module.files.map(f => f.body);

  const seen = new Set<string>();
  for (const [kind, declared] of [
    ['var', module.variables],
    ['local', module.locals],
  ] as const) {
    for (const [name] of bodies.flatMap(b => references(b, kind))) {
      if (declared.has(name) || seen.has(`${kind}.${name}`)) continue;
      seen.add(`${kind}.${name}`);
      report(
        new RegExp(`(?<![\\w.])${kind}\\.${escapeRegExp(name)}\\b`),
        kind === 'var'
          ? `var.${name} is used but no variable "${name}" is declared in ${module.folder}`
          : `local.${name} is used but no local value "${name}" is defined in ${module.folder}`,
      );
    }
  }

  const called = new Map<string, ModuleFolder | undefined>();
  for (const [name, { block }] of module.calls) {
    const blockPattern = new RegExp(`module\\s+"${escapeRegExp(name)}"`);
    const target = localSource(module.folder, block.source);
    if (!target) continue;
    if (target.startsWith('..')) {
      report(
        blockPattern,
        `module "${name}": source "${block.source}" leads outside the validated folder`,
      );
      continue;
    }
    const callee = await readModuleFolder(target, ctx);
    called.set(name, callee);
    if (!callee) {
      if (
        !ctx.files.some(f => f.startsWith(`${target}/`) && f.endsWith('.tf'))
      ) {
        report(
          blockPattern,
          `module "${name}": source "${block.source}" has no .tf files (${target})`,
        );
      }
      continue;
    }
    for (const [variable, { required }] of callee.variables) {
      if (required && !(variable in block)) {
        report(
          blockPattern,
          `module "${name}": required variable "${variable}" of ${target} is not given`,
        );
      }
    }
    for (const argument of Object.keys(block)) {
      if (!META_ARGUMENTS.has(argument) && !callee.variables.has(argument)) {
        report(
          blockPattern,
          `module "${name}": ${target} has no variable "${argument}"`,
        );
      }
    }
  }

  const reported = new Set<string>();
  for (const [name, output] of bodies.flatMap(b => references(b, 'module'))) {
    const key = `${name}.${output}`;
    if (reported.has(key)) continue;
    const pattern = new RegExp(`(?<![\\w.])module\\.${escapeRegExp(name)}\\b`);
    if (!module.calls.has(name)) {
      reported.add(key);
      report(
        pattern,
        `module.${name} is used but no module "${name}" is declared in ${module.folder}`,
      );
    } else {
      const callee = called.get(name);
      if (callee && output && !callee.outputs.has(output)) {
        reported.add(key);
        report(
          new RegExp(
            `(?<![\\w.])module\\.${escapeRegExp(
              name,
            )}(?:\\[[^\\]]*\\])?\\.${escapeRegExp(output)}\\b`,
          ),
          `module.${name}.${output} is used but ${callee.folder} has no output "${output}"`,
        );
      }
    }
  }
  return findings;
}

/**
 * Cross-file checks of each folder of `.tf` files: variables and locals used are declared, local
 * module sources exist, module calls give every required variable and only known ones, and
 * `module.x.y` names an output the module declares.
 */
export const opentofuModulesChecker: Checker = {
  id: 'opentofu',
  title: 'OpenTofu modules',
  select: ctx => ctx.files.filter(f => f.endsWith('.tf')),
  async check(files, ctx) {
    const folders = [...new Set(files.map(folderOf))];
    const findings: CheckerFinding[] = [];
    for (const folder of folders) {
      const module = await readModuleFolder(folder, ctx);
      if (module) findings.push(...(await checkFolder(module, ctx)));
    }
    return findings;
  },
};
