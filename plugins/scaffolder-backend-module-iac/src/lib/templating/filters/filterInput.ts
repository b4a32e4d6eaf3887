// Shared input handling for the literal filters: every filter refuses `undefined` (strict
// rendering: a misspelt field must not silently become an empty literal) and strings that are not
// well-formed Unicode (no parser downstream can represent a lone surrogate).

/** Unwraps a filter's input: `SafeString` objects become strings, `undefined` is an error. */
export function filterInput(filter: string, value: unknown): unknown {
  if (value === undefined) {
    throw new Error(
      `the ${filter} filter got an undefined value (is the field or variable set?)`,
    );
  }
  return value instanceof String ? value.toString() : value;
}

/** True for a plain object (the kind JSON parsing and templates produce). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function assertWellFormed(filter: string, text: string): string {
  if (LONE_SURROGATE.test(text)) {
    throw new Error(
      `the ${filter} filter got a string that is not valid Unicode (lone surrogate)`,
    );
  }
  return text;
}

export function assertFinite(filter: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new Error(`the ${filter} filter cannot write ${value}`);
  }
  return value;
}

/** `\uXXXX` for a code point of the Basic Multilingual Plane. */
export function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Control characters (C0, DEL, C1), the Unicode line and paragraph separators and the byte order
 * mark: characters that are invisible in an editor or that some parsers read as line breaks.
 */
export function isInvisible(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'an undefined value';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
