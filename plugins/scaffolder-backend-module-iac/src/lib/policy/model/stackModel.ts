import path from 'node:path';
import { parseHcl } from '../../validation/hclParse';
import { evaluateValue } from '../hcl/evaluate';
import { UNKNOWN, isObject, materialize } from '../hcl/values';
import { Deployment, Input, ProviderConfig } from './deployment';
import { ModelContext } from './modelContext';
import { ModuleCode, readModules } from './moduleCode';
import { TerragruntUnit } from './terragruntUnits';
import {
  HclFile,
  ParseError,
  attributeLine,
  labelledBlocks,
  readHclFiles,
} from './workspaceCode';

/** Everything the workspace applies, per environment, as far as its code states it. */
export interface StackModel {
  /** Every deployment: units, root compositions per environment, and the modules they call. */
  deployments: Deployment[];
  /** The text of a parsed file, for line numbers. */
  text(file: string): string | undefined;
}

// Arguments of a `module` block that are not variables of the module.
const META_ARGUMENTS = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on',
]);
const MAX_MODULE_DEPTH = 5;

function isLocalSource(source: unknown): source is string {
  return typeof source === 'string' && /^\.\.?\//.test(source);
}

// The providers a generated file declares; a provider whose text cannot be worked out is kept
// with an unknown body, so a rule knows it cannot tell what it sets.
async function generatedProviders(
  unit: TerragruntUnit,
  deployment: Deployment,
) {
  const providers: ProviderConfig[] = [];
  for (const generated of unit.generatedFiles()) {
    const raw = String(generated.contents ?? '');
    const declared = [...raw.matchAll(/provider\s+"([\w-]+)"/g)].map(m => m[1]);
    if (!declared.length) continue;
    const contents = materialize(
      evaluateValue(generated.contents, generated.config.scope),
    );
    const parsed =
      typeof contents === 'string'
        ? await parseHcl('generated.tf', contents)
        : undefined;
    if (!parsed?.body) {
      providers.push(
        ...declared.map(name => ({
          name,
          body: UNKNOWN,
          scope: () => deployment.scope,
        })),
      );
      continue;
    }
    for (const [name, body] of labelledBlocks(parsed.body, 'provider')) {
      providers.push({
        name,
        alias: typeof body.alias === 'string' ? body.alias : undefined,
        body,
        scope: () => deployment.scope,
      });
    }
  }
  return providers;
}

function ownProviders(deployment: Deployment): ProviderConfig[] {
  return deployment.code.providers.map(p => ({
    name: p.name,
    alias: typeof p.body.alias === 'string' ? p.body.alias : undefined,
    body: p.body,
    scope: () => deployment.scope,
  }));
}

function addCalledModules(
  ctx: ModelContext,
  parent: Deployment,
  depth: number,
) {
  if (depth >= MAX_MODULE_DEPTH) return;
  for (const call of parent.code.calls) {
    const source = call.body.source;
    if (!isLocalSource(source)) continue;
    const code = ctx.modules.get(
      path.posix.normalize(`${parent.code.dir}/${source}`),
    );
    if (!code) continue;
    const count =
      'count' in call.body ? parent.evaluate(call.body.count) : undefined;
    const each =
      'for_each' in call.body ? parent.evaluate(call.body.for_each) : undefined;
    const empty = (v: unknown) =>
      v === 0 ||
      (Array.isArray(v) && !v.length) ||
      (isObject(v) && !Object.keys(v).length);
    if (empty(count) || empty(each)) continue;

    const text = ctx.files.get(call.file)!.text;
    const inputs = new Map<string, Input>();
    for (const [name, value] of Object.entries(call.body)) {
      if (META_ARGUMENTS.has(name)) continue;
      inputs.set(name, {
        value: () => evaluateValue(value, parent.scope),
        source: { file: call.file, line: attributeLine(text, name, call.line) },
      });
    }
    const child = new Deployment(
      `${parent.label}, module.${call.name}`,
      parent.environment,
      code,
      inputs,
      parent.providers,
    );
    child.callName = call.name;
    parent.children.push(child);
    addCalledModules(ctx, child, depth + 1);
  }
}

function calledModuleDirs(ctx: ModelContext, units: Deployment[]): Set<string> {
  const dirs = new Set(units.map(d => d.code.dir));
  for (const code of ctx.modules.values()) {
    for (const call of code.calls) {
      if (isLocalSource(call.body.source)) {
        dirs.add(path.posix.normalize(`${code.dir}/${call.body.source}`));
      }
    }
  }
  return dirs;
}

function tfvarsInputs(files: HclFile[]): Map<string, Input> {
  const inputs = new Map<string, Input>();
  for (const file of files) {
    for (const [name, value] of Object.entries(file.body)) {
      const known = evaluateValue(value, { lookup: () => undefined });
      inputs.set(name, {
        value: () => known,
        source: { file: file.file, line: attributeLine(file.text, name) },
      });
    }
  }
  return inputs;
}

/**
 * A root composition (code with its own providers or backend that no unit or module calls) is
 * applied once per environment that has a variables file below it.
 */
function rootDeployments(ctx: ModelContext, code: ModuleCode): Deployment[] {
  const prefix = code.dir === '.' ? '' : `${code.dir}/`;
  const tfvars = [...ctx.files.values()].filter(
    f => f.file.endsWith('.tfvars') && f.file.startsWith(prefix),
  );
  const environmentOf = (f: HclFile) =>
    ctx.environmentOf(f.file.slice(prefix.length));
  const shared = tfvars.filter(f => !environmentOf(f));
  const environments = [
    ...new Set(tfvars.map(environmentOf).filter(e => e !== undefined)),
  ];
  const deploy = (
    label: string,
    environment: (typeof environments)[number] | undefined,
  ) => {
    const files = [
      ...shared,
      ...tfvars.filter(f => environment && environmentOf(f) === environment),
    ];
    const deployment = new Deployment(
      label,
      environment,
      code,
      tfvarsInputs(files),
      [],
    );
    deployment.providers = ownProviders(deployment);
    return deployment;
  };
  const name = code.dir === '.' ? 'the root module' : code.dir;
  if (!environments.length) return [deploy(name, ctx.environmentOf(code.dir))];
  return environments.map(e => deploy(`${name} (${e})`, e));
}

function flatten(deployments: Deployment[]): Deployment[] {
  return deployments.flatMap(d => [d, ...flatten(d.children)]);
}

/**
 * Reads the workspace's OpenTofu and Terragrunt code into deployments. Syntax errors are
 * returned instead: code that does not parse cannot be judged.
 */
export async function buildStackModel(
  root: string,
): Promise<{ model?: StackModel; errors: ParseError[] }> {
  const { files, errors } = await readHclFiles(root);
  if (errors.length) return { errors };
  const ctx = new ModelContext(
    root.split(path.sep).join('/'),
    files,
    readModules(files),
  );

  for (const file of files.values()) {
    if (path.posix.basename(file.file) === 'terragrunt.hcl') {
      ctx.units.set(
        path.posix.dirname(file.file),
        new TerragruntUnit(ctx, file),
      );
    }
  }
  const units: Deployment[] = [];
  for (const unit of ctx.units.values()) {
    const deployment = unit.deployment();
    if (!deployment) continue;
    deployment.providers = await generatedProviders(unit, deployment);
    units.push(deployment);
  }
  const called = calledModuleDirs(ctx, units);
  const roots = [...ctx.modules.values()]
    .filter(code => code.isRoot && !called.has(code.dir))
    .flatMap(code => rootDeployments(ctx, code));

  const top = [...units, ...roots].sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  top.forEach(d => addCalledModules(ctx, d, 0));
  return {
    model: {
      deployments: flatten(top),
      text: file => files.get(file)?.text,
    },
    errors: [],
  };
}
