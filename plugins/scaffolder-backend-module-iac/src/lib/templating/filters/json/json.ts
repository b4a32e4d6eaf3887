import {
  CreatedTemplateFilter,
  createTemplateFilter,
} from '@backstage/plugin-scaffolder-node/alpha';
import {
  assertFinite,
  describeType,
  filterInput,
  isRecord,
} from '../filterInput';
import { jsonExamples } from './json.examples';

function checkWritable(value: unknown): void {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  ) {
    return;
  }
  if (typeof value === 'number') {
    assertFinite('json', value);
  } else if (Array.isArray(value)) {
    value.forEach(checkWritable);
  } else if (isRecord(value)) {
    Object.values(value).forEach(checkWritable);
  } else if (!(value instanceof String)) {
    throw new Error(`the json filter cannot write ${describeType(value)}`);
  }
}

/**
 * Writes a value as a one-line JSON literal. Values JSON cannot represent (undefined, NaN,
 * functions) are errors rather than the silent `null` of `JSON.stringify`. The line and paragraph
 * separators are escaped too, so the literal is also safe inside JavaScript.
 */
export function toJson(value: unknown): string {
  const input = filterInput('json', value);
  checkWritable(input);
  return JSON.stringify(input)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Typed loosely as the extension point takes it; the schema documents the real signature.
export const jsonFilter: CreatedTemplateFilter<any, any> = createTemplateFilter(
  {
    id: 'json',
    description: 'Writes a value as a one-line JSON literal.',
    schema: z =>
      z
        .function()
        .args(z.any().describe('the value to write'))
        .returns(z.string().describe('the JSON literal')),
    examples: jsonExamples,
    filter: toJson,
  },
);
