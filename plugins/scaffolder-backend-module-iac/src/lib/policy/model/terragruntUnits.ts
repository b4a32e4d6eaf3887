import path from 'node:path';
import { Scope, evaluateValue } from '../hcl/evaluate';
import {
  HclValue,
  LazyObject,
  UNKNOWN,
  Value,
  isObject,
  materialize,
} from '../hcl/values';
import { Deployment, Input, Location } from './deployment';
import type { ModuleCode } from './moduleCode';
import {
  HclFile,
  attributeLine,
  blocksOf,
  labelledBlocks,
  lineMatching,
} from './workspaceCode';
import type { ModelContext } from './modelContext';

/** A config file of a unit: the unit's `terragrunt.hcl` or a file it includes. */
interface UnitConfig {
  file: HclFile;
  scope: Scope;
  locals: LazyObject;
}

/** A `generate` block whose contents become a file of the module (a provider, a backend). */
interface GeneratedFile {
  contents: unknown;
  config: UnitConfig;
}

const REMOTE_SOURCE = /^[a-z0-9+]+::|^[a-z]+:\/\//i;

/**
 * A Terragrunt unit (a folder with `terragrunt.hcl`): its includes, dependencies, module source
 * and inputs, evaluated with Terragrunt's functions relative to the unit's folder.
 */
export class TerragruntUnit {
  readonly dir: string;
  private readonly configs: UnitConfig[] = [];
  private readonly includes = new Map<string, UnitConfig>();
  private readonly dependencies = new Map<string, string>();
  private built?: Deployment | null;

  constructor(private readonly ctx: ModelContext, file: HclFile) {
    this.dir = path.posix.dirname(file.file);
    const own = this.config(file);
    const includeBlocks: Array<[string, Record<string, any>]> = [
      ...labelledBlocks(file.body, 'include'),
      ...blocksOf(file.body, 'include')
        .filter(b => 'path' in b)
        .map(b => ['', b] as [string, Record<string, any>]),
    ];
    for (const [name, include] of includeBlocks) {
      const target = ctx.relative(
        materialize(evaluateValue(include.path, own.scope)),
      );
      const included = target === undefined ? undefined : ctx.files.get(target);
      if (!included) continue;
      const config = this.config(included);
      this.includes.set(name, config);
      this.configs.push(config);
    }
    this.configs.push(own);
    for (const config of this.configs) {
      for (const [name, dependency] of labelledBlocks(
        config.file.body,
        'dependency',
      )) {
        const target = ctx.relative(
          this.absolute(
            materialize(evaluateValue(dependency.config_path, config.scope)),
          ),
        );
        if (target !== undefined) this.dependencies.set(name, target);
      }
    }
  }

  /** The module this unit applies, with its inputs; null when its source is not in the workspace. */
  deployment(): Deployment | null {
    if (this.built !== undefined) return this.built;
    this.built = null;
    const code = this.moduleCode();
    if (!code) return null;
    this.built = new Deployment(
      this.dir,
      this.ctx.environmentOf(this.dir),
      code,
      this.inputs(),
      [],
    );
    return this.built;
  }

  /** The `generate` blocks of the unit and its includes; the unit's own win by name. */
  generatedFiles(): GeneratedFile[] {
    const byName = new Map<string, GeneratedFile>();
    for (const config of this.configs) {
      for (const [name, block] of labelledBlocks(
        config.file.body,
        'generate',
      )) {
        byName.set(name, { contents: block.contents, config });
      }
    }
    return [...byName.values()];
  }

  private moduleCode(): ModuleCode | undefined {
    let source: HclValue | undefined;
    for (const config of this.configs) {
      for (const terraform of blocksOf(config.file.body, 'terraform')) {
        if ('source' in terraform) {
          source = materialize(evaluateValue(terraform.source, config.scope));
        }
      }
    }
    if (typeof source !== 'string' || REMOTE_SOURCE.test(source))
      return undefined;
    // `//` separates the module folder inside a source; locally it is just a folder.
    const dir = this.ctx.relative(this.absolute(source.replace(/\/\/+/g, '/')));
    return dir === undefined ? undefined : this.ctx.modules.get(dir);
  }

  private inputs(): Map<string, Input> {
    const inputs = new Map<string, Input>();
    for (const config of this.configs) {
      const raw = config.file.body.inputs;
      const from = lineMatching(config.file.text, /^inputs\s*=/) ?? 1;
      if (isObject(raw)) {
        for (const [name, value] of Object.entries(raw)) {
          const source: Location = {
            file: config.file.file,
            line: attributeLine(config.file.text, name, from),
          };
          inputs.set(name, {
            value: () => evaluateValue(value, config.scope),
            source,
          });
        }
      } else if (raw !== undefined) {
        const all = materialize(evaluateValue(raw, config.scope));
        if (!isObject(all)) continue;
        for (const [name, value] of Object.entries(all)) {
          inputs.set(name, {
            value: () => value,
            source: { file: config.file.file, line: from },
          });
        }
      }
    }
    return inputs;
  }

  private absolute(value: HclValue): HclValue {
    return typeof value === 'string'
      ? path.posix.resolve(this.ctx.absolute(this.dir), value)
      : UNKNOWN;
  }

  // Every config of the unit sees the unit's includes and dependencies, and Terragrunt's
  // functions answer relative to the unit's folder, as when Terragrunt runs the unit.
  private config(file: HclFile): UnitConfig {
    const include = new LazyObject(
      () => [...this.includes.keys()],
      name => {
        const included = this.includes.get(name);
        return included ? lazyRecord({ locals: included.locals }) : undefined;
      },
    );
    const dependency = new LazyObject(
      () => [...this.dependencies.keys()],
      name => this.dependencyOutputs(name),
    );
    const roots = new Map<string, LazyObject>([
      ['include', include],
      ['dependency', dependency],
    ]);
    const scope: Scope = {
      lookup: root => roots.get(root) ?? UNKNOWN,
      call: (name, args) => this.ctx.terragruntFunction(name, args, this.dir),
    };
    const locals = this.ctx.localsOf(file, () => scope);
    roots.set('local', locals);
    return { file, scope, locals };
  }

  private dependencyOutputs(name: string): Value | undefined {
    const dir = this.dependencies.get(name);
    if (dir === undefined) return undefined;
    const deployment = this.ctx.unitAt(dir)?.deployment();
    return lazyRecord({ outputs: deployment ? deployment.outputs : UNKNOWN });
  }
}

function lazyRecord(values: Record<string, Value>): LazyObject {
  return new LazyObject(
    () => Object.keys(values),
    name => (Object.hasOwn(values, name) ? values[name] : undefined),
  );
}
