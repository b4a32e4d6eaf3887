import {
  CreatedTemplateFilter,
  createTemplateFilter,
} from '@backstage/plugin-scaffolder-node/alpha';
import {
  assertFinite,
  assertWellFormed,
  describeType,
  filterInput,
  isInvisible,
  isRecord,
  unicodeEscape,
} from '../filterInput';
import { hclExamples } from './hcl.examples';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function hclString(text: string): string {
  let body = '';
  for (const ch of assertWellFormed('hcl', text)) {
    body += SIMPLE_ESCAPES[ch] ?? (isInvisible(ch) ? unicodeEscape(ch) : ch);
  }
  // `${` and `%{` open an interpolation or a directive even inside a quoted string; doubling the
  // first character is HCL's escape for the literal text.
  body = body.replace(/([$%])\{/g, (_match, c: string) => `${c}${c}{`);
  return `"${body}"`;
}

function literal(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (value instanceof String) {
    return hclString(value.toString());
  }
  switch (typeof value) {
    case 'string':
      return hclString(value);
    case 'boolean':
      return String(value);
    case 'number':
      return String(assertFinite('hcl', value));
    default:
  }
  if (Array.isArray(value)) {
    return `[${value.map(literal).join(', ')}]`;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${hclString(key)} = ${literal(item)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  throw new Error(`the hcl filter cannot write ${describeType(value)}`);
}

/**
 * Writes a value as an HCL (OpenTofu, Terragrunt) literal expression on one line: a quoted string
 * with every character that could end the string or start an interpolation escaped, a number,
 * a boolean, `null`, a list or an object.
 */
export function toHcl(value: unknown): string {
  return literal(filterInput('hcl', value));
}

// Typed loosely as the extension point takes it; the schema documents the real signature.
export const hclFilter: CreatedTemplateFilter<any, any> = createTemplateFilter({
  id: 'hcl',
  description:
    'Writes a value as an HCL literal (quoted string with `\\`, `"`, control characters, `${` and `%{` escaped; number; boolean; null; list; object).',
  schema: z =>
    z
      .function()
      .args(z.any().describe('the value to write'))
      .returns(z.string().describe('the HCL literal')),
  examples: hclExamples,
  filter: toHcl,
});
