import { JsonSchema } from './spec';

/** Keywords that only document; dropping them keeps compiled validators small. */
const DOCUMENTATION_KEYWORDS = new Set([
  'description',
  'example',
  'examples',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'xml',
  'deprecated',
  'discriminator',
]);

const SUBSCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf'];
const SUBSCHEMA_SINGLE = ['items', 'not', 'additionalProperties'];

/**
 * Turns an OpenAPI 3.0 schema object into JSON Schema that ajv understands.
 * The one real difference is `nullable: true`, which JSON Schema spells as a
 * `null` member of `type` (and of `enum`, when there is one).
 */
export function toJsonSchema(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (DOCUMENTATION_KEYWORDS.has(keyword) || keyword.startsWith('x-')) {
      continue;
    }
    if (keyword === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, s]) => [
          name,
          toJsonSchema(s),
        ]),
      );
    } else if (SUBSCHEMA_LISTS.includes(keyword) && Array.isArray(value)) {
      out[keyword] = value.map(s => toJsonSchema(s as JsonSchema));
    } else if (
      SUBSCHEMA_SINGLE.includes(keyword) &&
      value &&
      typeof value === 'object'
    ) {
      out[keyword] = toJsonSchema(value as JsonSchema);
    } else {
      out[keyword] = value;
    }
  }

  if (out.nullable !== true) {
    delete out.nullable;
    return out;
  }
  delete out.nullable;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) {
      out.enum = [...out.enum, null];
    }
    return out;
  }
  // No single type to extend (e.g. a nullable `oneOf`): accept null beside it.
  return { anyOf: [out, { type: 'null' }] };
}

/** Every `format` name used in a schema, so unknown ones can be registered. */
export function collectFormats(
  schema: unknown,
  into: Set<string>,
): Set<string> {
  if (Array.isArray(schema)) {
    schema.forEach(item => collectFormats(item, into));
  } else if (schema && typeof schema === 'object') {
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === 'format' && typeof value === 'string') {
        into.add(value);
      } else {
        collectFormats(value, into);
      }
    }
  }
  return into;
}
