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
import { yamlExamples } from './yaml.examples';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

// A double-quoted scalar is the one YAML string form in which no character has a meaning other
// than itself, apart from `\` and `"`: anchors, aliases, tags, comments, document markers and
// booleans such as `yes` stay text.
function yamlString(text: string): string {
  let body = '';
  for (const ch of assertWellFormed('yaml', text)) {
    body += SIMPLE_ESCAPES[ch] ?? (isInvisible(ch) ? unicodeEscape(ch) : ch);
  }
  return `"${body}"`;
}

function literal(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (value instanceof String) {
    return yamlString(value.toString());
  }
  switch (typeof value) {
    case 'string':
      return yamlString(value);
    case 'boolean':
      return String(value);
    case 'number':
      return String(assertFinite('yaml', value));
    default:
  }
  if (Array.isArray(value)) {
    return `[${value.map(literal).join(', ')}]`;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${yamlString(key)}: ${literal(item)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  throw new Error(`the yaml filter cannot write ${describeType(value)}`);
}

/**
 * Writes a value as a YAML flow literal on one line: a double-quoted scalar, a number, a boolean,
 * `null`, a flow sequence or a flow mapping. It can follow `key: ` or `- ` at any indentation.
 */
export function toYaml(value: unknown): string {
  return literal(filterInput('yaml', value));
}

// Typed loosely as the extension point takes it; the schema documents the real signature.
export const yamlFilter: CreatedTemplateFilter<any, any> = createTemplateFilter(
  {
    id: 'yaml',
    description:
      'Writes a value as a one-line YAML flow literal (double-quoted scalar, number, boolean, null, flow sequence or mapping).',
    schema: z =>
      z
        .function()
        .args(z.any().describe('the value to write'))
        .returns(z.string().describe('the YAML literal')),
    examples: yamlExamples,
    filter: toYaml,
  },
);
