import { InputError } from '@backstage/errors';
import { parse } from 'yaml';
import { relativePath } from './paths';

export interface StackModule {
  /** Folder relative to `<stacksDir>/shared/modules`. */
  from: string;
  /** Folder inside the generated repository. */
  to: string;
}

/** What `iac:render` reads from a stack's (rendered) `stack.yaml`. */
export interface StackDefinition {
  name: string;
  title: string;
  cloud: string;
  skeleton: string;
  manifest?: string;
  modules: StackModule[];
}

const FILE = 'stack.yaml';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problem: string): never {
  throw new InputError(`${FILE}: ${problem}`);
}

function text(
  value: unknown,
  field: string,
  required: boolean,
): string | undefined {
  if (value === undefined && !required) {
    return undefined;
  }
  if (typeof value !== 'string' || !value.trim()) {
    return fail(`${field} must be a non-empty string`);
  }
  return value;
}

/** Parses and checks the rendered text of `stack.yaml`. */
export function parseStackDefinition(rendered: string): StackDefinition {
  let data: unknown;
  try {
    data = parse(rendered);
  } catch (error) {
    return fail(
      `the rendered file is not valid YAML: ${(error as Error).message}`,
    );
  }
  if (!isRecord(data)) {
    return fail('must be a YAML mapping');
  }
  if (data.apiVersion !== 'iac-portal/v1' || data.kind !== 'Stack') {
    fail('apiVersion must be "iac-portal/v1" and kind must be "Stack"');
  }
  const metadata = isRecord(data.metadata)
    ? data.metadata
    : fail('metadata must be a mapping');
  const spec = isRecord(data.spec) ? data.spec : fail('spec must be a mapping');
  const name = text(metadata.name, 'metadata.name', true)!;
  const modules = spec.modules ?? [];
  if (!Array.isArray(modules)) {
    fail('spec.modules must be a list');
  }
  return {
    name,
    title: text(metadata.title, 'metadata.title', false) ?? name,
    cloud: text(spec.cloud, 'spec.cloud', true)!,
    skeleton: relativePath(
      text(spec.skeleton, 'spec.skeleton', false) ?? 'skeleton',
      `${FILE}: spec.skeleton`,
    ),
    manifest:
      spec.manifest === undefined
        ? undefined
        : relativePath(
            text(spec.manifest, 'spec.manifest', true)!,
            `${FILE}: spec.manifest`,
          ),
    modules: (modules as unknown[]).map((module, i) => {
      const field = `spec.modules[${i}]`;
      if (!isRecord(module)) {
        return fail(`${field} must be a mapping with from and to`);
      }
      return {
        from: relativePath(
          text(module.from, `${field}.from`, true)!,
          `${FILE}: ${field}.from`,
        ),
        to: relativePath(
          text(module.to, `${field}.to`, true)!,
          `${FILE}: ${field}.to`,
        ),
      };
    }),
  };
}
