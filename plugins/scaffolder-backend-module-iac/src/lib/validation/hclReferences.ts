// The OpenTofu JSON form that the HCL parser produces keeps every expression as a string wrapped
// in `${...}` (`%{...}` for template directives), with literal `${` written as `$${`. These
// helpers find the expressions and the references in them.

/** Every string in a parsed HCL value (object keys included). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach(v => stringsIn(v, out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      out.push(key);
      stringsIn(v, out);
    }
  }
  return out;
}

/** The expression parts of a string: the text inside each `${...}` and `%{...}`. */
export function expressionsIn(text: string): string[] {
  const expressions: string[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const opens = (text[i] === '$' || text[i] === '%') && text[i + 1] === '{';
    if (!opens) continue;
    // `$${` and `%%{` are escaped, literal text.
    if (text[i - 1] === text[i]) continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    expressions.push(text.slice(i + 2, j));
    i = j;
  }
  return expressions;
}

/**
 * The references of a kind in a parsed body: for `var`, the names after `var.`; for `module`,
 * `[name, attribute]` pairs (attribute may be undefined for `module.x` alone).
 */
export function references(
  body: unknown,
  prefix: string,
): Array<[string, string | undefined]> {
  const pattern = new RegExp(
    `(?<![\\w.])${prefix}\\.([A-Za-z_][\\w-]*)(?:\\[[^\\]]*\\])?(?:\\.([A-Za-z_][\\w-]*))?`,
    'g',
  );
  const found: Array<[string, string | undefined]> = [];
  for (const text of stringsIn(body)) {
    for (const expression of expressionsIn(text)) {
      for (const match of expression.matchAll(pattern)) {
        found.push([match[1], match[2]]);
      }
    }
  }
  return found;
}
