// Builds the values a person would submit for a template: every default the form shows, plus
// the answers a person must type (overrides).
type Schema = {
  type?: string;
  default?: unknown;
  const?: unknown;
  properties?: Record<string, Schema>;
  dependencies?: Record<string, { oneOf?: Schema[] }>;
};

function defaultsOf(schema: Schema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.type === 'object' && schema.properties) {
    const value: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(schema.properties)) {
      const nested = defaultsOf(property);
      if (nested !== undefined) value[key] = nested;
    }
    return Object.keys(value).length ? value : undefined;
  }
  return undefined;
}

export function formValues(
  template: { spec: { parameters: Schema | Schema[] } },
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const pages = ([] as Schema[]).concat(template.spec.parameters);
  const values: Record<string, unknown> = {};
  for (const page of pages) {
    Object.assign(values, defaultsOf({ type: 'object', properties: page.properties }));
  }
  Object.assign(values, overrides);
  // Fields that appear once another field has a value (the form's dependencies/oneOf branches):
  // the branch whose const matches the chosen value brings its own defaults.
  for (const page of pages) {
    for (const [field, dependency] of Object.entries(page.dependencies ?? {})) {
      const branch = dependency.oneOf?.find(
        candidate => candidate.properties?.[field]?.const === values[field],
      );
      if (!branch?.properties) continue;
      const { [field]: _chosen, ...rest } = branch.properties;
      const defaults = defaultsOf({ type: 'object', properties: rest }) as Record<string, unknown>;
      for (const [key, value] of Object.entries(defaults ?? {})) {
        if (!(key in values)) values[key] = value;
      }
    }
  }
  return values;
}
