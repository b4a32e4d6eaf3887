import path from 'node:path';
import {
  HclFile,
  blocksOf,
  labelledBlocks,
  lineMatching,
} from './workspaceCode';
import { escapeRegExp } from '../../validation/lines';

/** A `resource` block of a module. */
export interface ResourceCode {
  type: string;
  name: string;
  file: string;
  line?: number;
  body: Record<string, any>;
}

/** A `module` block: a call of another module with its arguments. */
export interface ModuleCall {
  name: string;
  file: string;
  line?: number;
  body: Record<string, any>;
}

/** A `provider` block, such as one carrying `default_tags`. */
export interface ProviderCode {
  name: string;
  body: Record<string, any>;
}

/** The OpenTofu code of one folder (a module), read from its `.tf` files. */
export interface ModuleCode {
  dir: string;
  resources: ResourceCode[];
  variables: Map<string, { body: Record<string, any> }>;
  locals: Map<string, unknown>;
  outputs: Map<string, unknown>;
  calls: ModuleCall[];
  providers: ProviderCode[];
  /**
   * True when it configures a state backend or a provider, or calls modules: code meant to be
   * applied itself (unless a unit or another module turns out to call it).
   */
  isRoot: boolean;
}

function blockLine(file: HclFile, kind: string, labels: string[]) {
  const quoted = labels.map(l => `"${escapeRegExp(l)}"`).join('\\s+');
  return lineMatching(file.text, new RegExp(`^${kind}\\s+${quoted}\\s*\\{`));
}

/** Groups the `.tf` files of the workspace by folder into modules. */
export function readModules(
  files: Map<string, HclFile>,
): Map<string, ModuleCode> {
  const modules = new Map<string, ModuleCode>();
  for (const file of files.values()) {
    if (!file.file.endsWith('.tf')) continue;
    const dir = path.posix.dirname(file.file);
    const code: ModuleCode = modules.get(dir) ?? {
      dir,
      resources: [],
      variables: new Map(),
      locals: new Map(),
      outputs: new Map(),
      calls: [],
      providers: [],
      isRoot: false,
    };
    modules.set(dir, code);
    const body = file.body;
    for (const [type, byName] of Object.entries(body.resource ?? {})) {
      for (const [name, bodies] of Object.entries(
        byName as Record<string, any[]>,
      )) {
        for (const resource of bodies) {
          code.resources.push({
            type,
            name,
            file: file.file,
            line: blockLine(file, 'resource', [type, name]),
            body: resource,
          });
        }
      }
    }
    for (const [name, variable] of labelledBlocks(body, 'variable')) {
      code.variables.set(name, { body: variable });
    }
    for (const locals of blocksOf(body, 'locals')) {
      for (const [name, value] of Object.entries(locals))
        code.locals.set(name, value);
    }
    for (const [name, output] of labelledBlocks(body, 'output')) {
      code.outputs.set(name, output.value);
    }
    for (const [name, call] of labelledBlocks(body, 'module')) {
      code.calls.push({
        name,
        file: file.file,
        line: blockLine(file, 'module', [name]),
        body: call,
      });
    }
    for (const [name, provider] of labelledBlocks(body, 'provider')) {
      code.providers.push({ name, body: provider });
    }
    const backend = blocksOf(body, 'terraform').some(t => t.backend);
    code.isRoot ||=
      backend || code.providers.length > 0 || code.calls.length > 0;
  }
  return modules;
}
