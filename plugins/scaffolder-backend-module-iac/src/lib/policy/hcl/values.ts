/**
 * Values of the HCL expressions the policy rules read. What the code does not state (a data
 * source, a resource attribute known only after apply, an environment variable) is UNKNOWN.
 */
export class Unknown {
  // Sets Unknown apart from plain objects for the type checker.
  readonly kind = 'unknown' as const;

  toString(): string {
    return '(known after apply)';
  }
}

export const UNKNOWN = new Unknown();

export type HclValue =
  | string
  | number
  | boolean
  | null
  | Unknown
  | HclValue[]
  | { [key: string]: HclValue };

/**
 * An object whose attributes are evaluated on first access (locals, variables, outputs): only
 * what a rule reads is evaluated, and a reference cycle ends as UNKNOWN instead of looping.
 */
export class LazyObject {
  private readonly cache = new Map<string, Value>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly names: () => string[],
    private readonly compute: (name: string) => Value | undefined,
  ) {}

  keys(): string[] {
    return this.names();
  }

  get(name: string): Value | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    if (this.pending.has(name)) return UNKNOWN;
    this.pending.add(name);
    try {
      const value = this.compute(name);
      if (value !== undefined) this.cache.set(name, value);
      return value;
    } finally {
      this.pending.delete(name);
    }
  }
}

/** What an expression evaluates to before a function or a rule needs it whole. */
export type Value = HclValue | LazyObject;

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

export function isObject(value: unknown): value is { [key: string]: HclValue } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof LazyObject)
  );
}

/** Turns lazy objects into plain ones, evaluating every attribute. */
export function materialize(value: Value): HclValue {
  if (value instanceof LazyObject) {
    return Object.fromEntries(
      value.keys().map(key => [key, materialize(value.get(key) ?? UNKNOWN)]),
    );
  }
  return value;
}

/** True when no part of the value is unknown. */
export function isWhollyKnown(value: HclValue): boolean {
  if (isUnknown(value)) return false;
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isObject(value)) return Object.values(value).every(isWhollyKnown);
  return true;
}

/** Equality of two wholly known values. */
export function sameValue(a: HclValue, b: HclValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(k => k in b && sameValue(a[k], b[k]))
    );
  }
  return a === b;
}

/** A short rendering of a value for a message. */
export function describeValue(value: HclValue): string {
  if (isUnknown(value)) return 'unknown until apply';
  return JSON.stringify(value, (_key, v) => (isUnknown(v) ? '?' : v));
}
