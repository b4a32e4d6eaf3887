/** The options of a string field's `enum`, labelled by its `enumNames` when given. */
export function enumOptions(schema: {
  enum?: unknown[];
  enumNames?: unknown;
}): Array<{ value: string; label: string }> {
  const names = Array.isArray(schema.enumNames) ? schema.enumNames : [];
  return (schema.enum ?? []).map((value, i) => ({
    value: String(value),
    label: String(names[i] ?? value),
  }));
}
