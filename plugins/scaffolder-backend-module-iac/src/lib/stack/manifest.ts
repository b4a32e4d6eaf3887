import { InputError } from '@backstage/errors';
import { parse } from 'yaml';
import { CostLineInput } from '../cost';
import { Environment } from './environments';

/**
 * One resource of the manifest, as `iac:render` outputs it. `tfType` and `module` are absent for
 * a resource that OpenTofu does not create (a release uploaded or deployed by a workflow).
 */
export interface ManifestResource {
  kind: 'Resource';
  name: string;
  type: string;
  tfType?: string;
  module?: string;
  environment: Environment;
  title?: string;
  dependsOn?: string[];
  cost?: CostLineInput[];
  /**
   * Module outputs that identify the resource once applied, as catalog annotation suffix to
   * output name (`{ arn: cluster_arn }`); iac:catalog:track records them after an apply.
   */
  outputs?: Record<string, string>;
  /** The priced monthly total of `cost`, added once the estimate is made. */
  monthlyCost?: number;
}

const NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TF_TYPE = /^[a-z][a-z0-9_]*$/;
const KEYS = new Set([
  'kind',
  'name',
  'type',
  'tfType',
  'module',
  'title',
  'dependsOn',
  'cost',
  'outputs',
]);
const OUTPUT_KEY = /^[a-z0-9][a-z0-9-]{0,40}$/;
// An output name, optionally followed by keys into a map output: repository_urls.backend
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
const COST_KEYS = new Set(['item', 'unit', 'quantity']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unknownKey(
  value: Record<string, unknown>,
  known: Set<string>,
): string | undefined {
  return Object.keys(value).find(k => !known.has(k));
}

function checkCost(cost: unknown): string | undefined {
  if (!Array.isArray(cost)) {
    return 'cost must be a list';
  }
  for (const [i, line] of cost.entries()) {
    if (!isRecord(line)) return `cost[${i}] must be a mapping`;
    const extra = unknownKey(line, COST_KEYS);
    if (extra) return `cost[${i}] has an unknown field "${extra}"`;
    if (!isText(line.item)) return `cost[${i}].item must be a non-empty string`;
    if (line.unit !== undefined && !isText(line.unit))
      return `cost[${i}].unit must be a non-empty string`;
    if (
      typeof line.quantity !== 'number' ||
      !(line.quantity >= 0) ||
      !Number.isFinite(line.quantity)
    ) {
      return `cost[${i}].quantity must be a number, zero or more`;
    }
  }
  return undefined;
}

function checkEntry(entry: Record<string, unknown>): string | undefined {
  const extra = unknownKey(entry, KEYS);
  if (extra) return `unknown field "${extra}"`;
  if (entry.kind !== undefined && entry.kind !== 'Resource')
    return 'kind must be "Resource"';
  if (typeof entry.name !== 'string' || !NAME.test(entry.name)) {
    return 'name must be lowercase letters, digits and dashes (at most 63, no dash at either end)';
  }
  if (!isText(entry.type)) return 'type must be a non-empty string';
  if (
    entry.tfType !== undefined &&
    (typeof entry.tfType !== 'string' || !TF_TYPE.test(entry.tfType))
  ) {
    return 'tfType must be an OpenTofu resource type such as aws_vpc';
  }
  if (entry.module !== undefined && !isText(entry.module)) {
    return 'module must be a non-empty string';
  }
  if (entry.tfType !== undefined && entry.module === undefined) {
    return 'module must be given with tfType (the module that declares the resource)';
  }
  if (entry.title !== undefined && !isText(entry.title))
    return 'title must be a non-empty string';
  if (
    entry.dependsOn !== undefined &&
    !(Array.isArray(entry.dependsOn) && entry.dependsOn.every(isText))
  ) {
    return 'dependsOn must be a list of resource names';
  }
  if (entry.outputs !== undefined) {
    const problem = checkOutputs(entry.outputs);
    if (problem) return problem;
  }
  return entry.cost === undefined ? undefined : checkCost(entry.cost);
}

function checkOutputs(outputs: unknown): string | undefined {
  if (!isRecord(outputs)) return 'outputs must be a mapping of annotation suffix to output name';
  for (const [key, output] of Object.entries(outputs)) {
    if (!OUTPUT_KEY.test(key)) {
      return `outputs key "${key}" must be lowercase letters, digits and dashes`;
    }
    if (typeof output !== 'string' || !OUTPUT_NAME.test(output)) {
      return `outputs.${key} must be an OpenTofu output name, optionally with map keys (name.key)`;
    }
  }
  return undefined;
}

/** Parses one environment's rendered manifest; `file` names it in errors. */
export function parseManifest(
  rendered: string,
  file: string,
  environment: Environment,
): ManifestResource[] {
  const where = `${file} (environment ${environment})`;
  let data: unknown;
  try {
    data = parse(rendered);
  } catch (error) {
    throw new InputError(
      `${where}: the rendered manifest is not valid YAML: ${
        (error as Error).message
      }`,
    );
  }
  if (data === null || data === undefined) {
    return [];
  }
  if (!Array.isArray(data)) {
    throw new InputError(`${where}: the rendered manifest must be a YAML list`);
  }
  return data.map((entry, i) => {
    const label =
      isRecord(entry) && typeof entry.name === 'string'
        ? ` ("${entry.name}")`
        : '';
    const problem = isRecord(entry) ? checkEntry(entry) : 'must be a mapping';
    if (problem) {
      throw new InputError(`${where}: entry ${i + 1}${label}: ${problem}`);
    }
    const { kind: _kind, ...fields } = entry as Omit<
      ManifestResource,
      'environment'
    >;
    return { kind: 'Resource', ...fields, environment };
  });
}

/**
 * Checks the manifest of all environments together: names are unique across environments,
 * `dependsOn` names exist and are not the resource itself, and each `module` is one of the
 * stack's modules.
 */
export function checkManifest(
  resources: ManifestResource[],
  modules: Set<string>,
  file: string,
): void {
  const seen = new Map<string, string>();
  for (const r of resources) {
    const previous = seen.get(r.name);
    if (previous !== undefined) {
      throw new InputError(
        `${file}: resource name "${r.name}" is used twice (environments ${previous} and ${r.environment}); names must be unique across environments`,
      );
    }
    seen.set(r.name, r.environment);
  }
  for (const r of resources) {
    for (const dependency of r.dependsOn ?? []) {
      if (!seen.has(dependency) || dependency === r.name) {
        throw new InputError(
          `${file}: resource "${r.name}" depends on "${dependency}", which is not another resource of the manifest`,
        );
      }
    }
    if (r.module !== undefined && !modules.has(r.module)) {
      const known = [...modules].sort().join(', ') || 'none';
      throw new InputError(
        `${file}: resource "${r.name}" names module "${r.module}", which is not a module of the stack (modules: ${known})`,
      );
    }
  }
}
