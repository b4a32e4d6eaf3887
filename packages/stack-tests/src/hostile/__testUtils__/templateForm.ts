// A template's form as the scaffolder sees it: its pages' JSON schemas, the string fields in
// them (nested objects and dependency branches included), the values a person submits, and the
// check the scaffolder runs on them before a task starts.
import Ajv, { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = {
  'ui:field'?: string;
  type?: string;
  default?: unknown;
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  dependencies?: Record<string, { oneOf?: Schema[] }>;
};

/** The branch of a `dependencies` choice a field belongs to: another field set to a value. */
export interface Branch {
  field: string;
  value: unknown;
}

/** A string field of the form, or a list of strings (its first item is the field). */
export interface StringField {
  /** JSON pointer of the value, e.g. `/clusterSize/dev/name` or `/allowedOrigins/0`. */
  pointer: string;
  path: string[];
  isList: boolean;
  /** True for a RepoUrlPicker: what is typed goes into the owner and repository of a URL. */
  isRepoPicker: boolean;
  branch?: Branch;
}

function collectFields(
  schema: Schema,
  path: string[],
  branch: Branch | undefined,
  out: StringField[],
) {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (branch && path.length === 0 && key === branch.field) continue;
    const at = [...path, key];
    const isRepoPicker = property['ui:field'] === 'RepoUrlPicker';
    if (property.type === 'string') {
      out.push({
        pointer: `/${at.join('/')}`,
        path: at,
        isList: false,
        isRepoPicker,
        branch,
      });
    } else if (property.type === 'array' && property.items?.type === 'string') {
      out.push({
        pointer: `/${at.join('/')}/0`,
        path: at,
        isList: true,
        isRepoPicker,
        branch,
      });
    } else if (property.type === 'object') {
      collectFields(property, at, branch, out);
    }
  }
  for (const [field, dependency] of Object.entries(schema.dependencies ?? {})) {
    for (const option of dependency.oneOf ?? []) {
      const value = option.properties?.[field]?.const;
      collectFields(option, path, { field, value }, out);
    }
  }
}

// JSON copies: the renderer takes plain data only (structuredClone's objects come from another
// realm under Jest).
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function defaultsOf(schema: Schema): unknown {
  if (schema.default !== undefined) return copy(schema.default);
  if (schema.type !== 'object' || !schema.properties) return undefined;
  const value: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties)) {
    const nested = defaultsOf(property);
    if (nested !== undefined) value[key] = nested;
  }
  return Object.keys(value).length ? value : undefined;
}

export class TemplateForm {
  readonly fields: StringField[] = [];
  private readonly validators;

  constructor(private readonly pages: Schema[]) {
    for (const page of pages) collectFields(page, [], undefined, this.fields);
    // The scaffolder checks the submitted values against every page's schema; `ui:` keys and
    // `enumNames` are for the form only.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    this.validators = pages.map(page => ajv.compile(page));
  }

  /**
   * What a person submits: every default the form shows, the answers they must type, and the
   * defaults of the dependency branches their choices open.
   */
  values(
    answers: Record<string, unknown>,
    branch?: Branch,
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const page of this.pages) {
      Object.assign(
        values,
        defaultsOf({ type: 'object', properties: page.properties }),
      );
    }
    Object.assign(values, copy(answers));
    if (branch) values[branch.field] = branch.value;
    for (const page of this.pages) {
      for (const [field, dependency] of Object.entries(
        page.dependencies ?? {},
      )) {
        const chosen = dependency.oneOf?.find(
          o => o.properties?.[field]?.const === values[field],
        );
        const { [field]: _choice, ...rest } = chosen?.properties ?? {};
        const defaults = defaultsOf({
          type: 'object',
          properties: rest,
        }) as Record<string, unknown>;
        for (const [key, value] of Object.entries(defaults ?? {})) {
          if (!(key in values)) values[key] = value;
        }
      }
    }
    return values;
  }

  /** The errors of every page's schema for these values (none when the scaffolder accepts them). */
  errors(values: Record<string, unknown>): ErrorObject[] {
    return this.validators.flatMap(validate =>
      validate(values) ? [] : validate.errors ?? [],
    );
  }
}

/** Sets what a person types into a field (the first item of a list field). */
export function withValue(
  values: Record<string, unknown>,
  field: StringField,
  typed: string,
): Record<string, unknown> {
  const value = field.isRepoPicker
    ? `github.com?${new URLSearchParams({ owner: typed, repo: typed })}`
    : typed;
  const result = copy(values);
  let target: any = result;
  for (const key of field.path.slice(0, -1)) {
    target[key] = { ...(target[key] ?? {}) };
    target = target[key];
  }
  const last = field.path[field.path.length - 1];
  target[last] = field.isList
    ? [value, ...((target[last] as string[] | undefined) ?? []).slice(1)]
    : value;
  return result;
}

/**
 * The value that reaches the render: as typed, except that a RepoUrlPicker's URL carries it
 * percent-encoded as UTF-8, which has no form for a lone surrogate (it arrives as U+FFFD).
 */
export function renderedValue(field: StringField, typed: string): string {
  return field.isRepoPicker
    ? new URLSearchParams({ v: typed }).get('v')!
    : typed;
}

/** True when an error is about the field (its value, or something inside it). */
export function namesField(error: ErrorObject, field: StringField): boolean {
  return (
    error.instancePath === field.pointer ||
    error.instancePath.startsWith(`${field.pointer}/`)
  );
}
