import path from 'node:path';
import { ENVIRONMENTS, Environment } from '../../stack';
import { Scope, evaluateValue } from '../hcl/evaluate';
import { HclValue, LazyObject, UNKNOWN, Value } from '../hcl/values';
import type { ModuleCode } from './moduleCode';
import type { TerragruntUnit } from './terragruntUnits';
import { HclFile, blocksOf } from './workspaceCode';

/** What the parts of the model share: the parsed files, the modules and the units. */
export class ModelContext {
  readonly units = new Map<string, TerragruntUnit>();
  private readonly readConfigs = new Map<string, LazyObject>();

  constructor(
    /** Absolute, `/`-separated path of the workspace folder. */
    readonly root: string,
    readonly files: Map<string, HclFile>,
    readonly modules: Map<string, ModuleCode>,
  ) {}

  absolute(relative: string): string {
    return path.posix.join(this.root, relative);
  }

  /** The workspace-relative form of an absolute path inside the workspace, else undefined. */
  relative(value: HclValue): string | undefined {
    if (typeof value !== 'string') return undefined;
    const relative = path.posix.relative(
      this.root,
      path.posix.resolve(this.root, value),
    );
    if (relative.startsWith('..') || path.posix.isAbsolute(relative))
      return undefined;
    return relative || '.';
  }

  /** The environment a path belongs to: its first folder named like one. */
  environmentOf(relative: string): Environment | undefined {
    return relative
      .split('/')
      .find((s): s is Environment =>
        (ENVIRONMENTS as readonly string[]).includes(s),
      );
  }

  unitAt(dir: string): TerragruntUnit | undefined {
    return this.units.get(dir);
  }

  /** A file's `locals`, evaluated in `scope` (given late: the scope itself needs them). */
  localsOf(file: HclFile, scope: () => Scope): LazyObject {
    const raw = new Map<string, unknown>();
    for (const locals of blocksOf(file.body, 'locals')) {
      for (const [name, value] of Object.entries(locals)) raw.set(name, value);
    }
    return new LazyObject(
      () => [...raw.keys()],
      name =>
        raw.has(name) ? evaluateValue(raw.get(name), scope()) : undefined,
    );
  }

  /**
   * Terragrunt's functions, for a config evaluated for the unit in `unitDir`. Functions that ask
   * the cloud or the environment (get_aws_account_id, get_env without default) stay unknown.
   */
  terragruntFunction(
    name: string,
    args: HclValue[],
    unitDir: string,
  ): Value | undefined {
    switch (name) {
      case 'find_in_parent_folders':
        return this.findInParentFolders(unitDir, args[0]);
      case 'read_terragrunt_config':
        return this.readTerragruntConfig(args[0]);
      case 'get_terragrunt_dir':
      case 'get_original_terragrunt_dir':
        return this.absolute(unitDir);
      case 'get_repo_root':
        return this.root;
      case 'get_env':
        return args[1] ?? UNKNOWN;
      case 'path_relative_to_include':
      case 'path_relative_from_include':
        return UNKNOWN;
      default:
        return undefined;
    }
  }

  // Looks in the parent folders of the unit (not in its own), up to the workspace folder.
  private findInParentFolders(unitDir: string, name: HclValue): HclValue {
    if (typeof name !== 'string') return UNKNOWN;
    let dir = unitDir;
    while (dir !== '.' && dir !== '') {
      dir = path.posix.dirname(dir);
      const candidate = dir === '.' ? name : `${dir}/${name}`;
      if (this.files.has(path.posix.normalize(candidate))) {
        return this.absolute(path.posix.normalize(candidate));
      }
    }
    return UNKNOWN;
  }

  // The locals and inputs of another config file, evaluated in that file's own folder.
  private readTerragruntConfig(target: HclValue): Value {
    const relative = this.relative(target);
    const file = relative === undefined ? undefined : this.files.get(relative);
    if (!file) return UNKNOWN;
    if (!this.readConfigs.has(file.file)) {
      const dir = path.posix.dirname(file.file);
      const roots = new Map<string, LazyObject>();
      const scope: Scope = {
        lookup: root => roots.get(root) ?? UNKNOWN,
        call: (fn, args) => this.terragruntFunction(fn, args, dir),
      };
      const locals = this.localsOf(file, () => scope);
      roots.set('local', locals);
      this.readConfigs.set(
        file.file,
        new LazyObject(
          () => ['locals', 'inputs'],
          key => {
            if (key === 'locals') return locals;
            if (key === 'inputs')
              return evaluateValue(file.body.inputs ?? {}, scope);
            return undefined;
          },
        ),
      );
    }
    return this.readConfigs.get(file.file)!;
  }
}
