import type { Environment } from '../../stack';
import { Scope, evaluateValue } from '../hcl/evaluate';
import {
  HclValue,
  LazyObject,
  UNKNOWN,
  Unknown,
  Value,
  isObject,
  isUnknown,
  materialize,
} from '../hcl/values';
import type { ModuleCode, ResourceCode } from './moduleCode';

/** Where a value was written: a file and, when found, its line. */
export interface Location {
  file: string;
  line?: number;
}

/** A variable value given to a deployment (Terragrunt input, tfvars entry, module argument). */
export interface Input {
  value(): Value;
  source: Location;
}

/** A provider configuration in effect for a deployment, evaluated where it was written. */
export interface ProviderConfig {
  name: string;
  alias?: string;
  /** Unknown when the provider's text could not be worked out (a generated file). */
  body: Record<string, any> | Unknown;
  scope(): Scope;
}

// Names OpenTofu knows only while planning or applying.
const UNKNOWN_ROOTS = new Set([
  'data',
  'each',
  'count',
  'self',
  'path',
  'terraform',
]);

/**
 * One application of a module's code in one environment: a Terragrunt unit, a root composition
 * with one environment's variables file, or a module called from either. Its scope resolves
 * `var`, `local`, `module` and resource references the way OpenTofu would, as far as the code
 * states them.
 */
export class Deployment {
  readonly children: Deployment[] = [];
  readonly scope: Scope;
  private readonly resourceValues = new Map<string, LazyObject>();

  constructor(
    /** Where it is applied: a unit folder, or a root folder with its environment. */
    readonly label: string,
    readonly environment: Environment | undefined,
    readonly code: ModuleCode,
    private readonly inputs: Map<string, Input>,
    public providers: ProviderConfig[],
  ) {
    const vars = new LazyObject(
      () => [...code.variables.keys()],
      name => this.variable(name),
    );
    const locals = new LazyObject(
      () => [...code.locals.keys()],
      name =>
        code.locals.has(name)
          ? evaluateValue(code.locals.get(name), this.scope)
          : undefined,
    );
    const modules = new LazyObject(
      () => code.calls.map(c => c.name),
      name => this.children.find(c => c.callName === name)?.outputs ?? UNKNOWN,
    );
    this.scope = {
      lookup: root => {
        if (root === 'var') return vars;
        if (root === 'local') return locals;
        if (root === 'module') return modules;
        if (UNKNOWN_ROOTS.has(root)) return UNKNOWN;
        return this.resourcesOfType(root);
      },
    };
  }

  /** The name of the `module` block this deployment comes from, for a called module. */
  callName?: string;

  /** The module's outputs, evaluated here. */
  readonly outputs: LazyObject = new LazyObject(
    () => [...this.code.outputs.keys()],
    name =>
      this.code.outputs.has(name)
        ? evaluateValue(this.code.outputs.get(name), this.scope)
        : undefined,
  );

  /** Where a variable's value was given, when it was. */
  inputSource(name: string): Location | undefined {
    return this.inputs.get(name)?.source;
  }

  /** Evaluates a value of this module's code (a resource attribute) here. */
  evaluate(raw: unknown): HclValue {
    return materialize(evaluateValue(raw, this.scope));
  }

  /** The resources this deployment creates: those whose `count` or `for_each` is not empty. */
  resources(): ResourceCode[] {
    return this.code.resources.filter(r => {
      const instances = this.instances(r);
      if (Array.isArray(instances)) return instances.length > 0;
      if (isObject(instances)) return Object.keys(instances).length > 0;
      return true;
    });
  }

  private variable(name: string): Value | undefined {
    const input = this.inputs.get(name);
    if (input) return input.value();
    const variable = this.code.variables.get(name);
    if (!variable) return undefined;
    // A variable without default and without input is only known when applied.
    return 'default' in variable.body
      ? evaluateValue(variable.body.default, { lookup: () => undefined })
      : UNKNOWN;
  }

  // A resource reference: a list per `count`, a map per `for_each`, or one object.
  private instances(resource: ResourceCode): HclValue {
    if ('count' in resource.body) {
      const count = this.evaluate(resource.body.count);
      return typeof count === 'number'
        ? Array.from({ length: count }, () => UNKNOWN)
        : UNKNOWN;
    }
    if ('for_each' in resource.body) {
      const each = this.evaluate(resource.body.for_each);
      if (isUnknown(each)) return UNKNOWN;
      let keys: string[] = [];
      if (Array.isArray(each)) keys = each.map(String);
      else if (isObject(each)) keys = Object.keys(each);
      return Object.fromEntries(keys.map(k => [k, UNKNOWN]));
    }
    return UNKNOWN;
  }

  private resourcesOfType(type: string): Value | undefined {
    const resources = this.code.resources.filter(r => r.type === type);
    if (!resources.length) return undefined;
    if (!this.resourceValues.has(type)) {
      this.resourceValues.set(
        type,
        new LazyObject(
          () => resources.map(r => r.name),
          name => {
            const resource = resources.find(r => r.name === name);
            return resource ? this.instances(resource) : undefined;
          },
        ),
      );
    }
    return this.resourceValues.get(type);
  }
}
