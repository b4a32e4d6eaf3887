/** JSON-like data as templates see it. */
export type TemplateValue =
  | string
  | number
  | boolean
  | null
  | TemplateValue[]
  | { [key: string]: TemplateValue };

/**
 * Copies a value into frozen plain data for a template: strings, finite numbers, booleans, null,
 * arrays and objects without a prototype. Anything else (functions, class instances, symbols) is
 * refused, so the only code a template can call is the registered filters and `range`.
 */
export function toTemplateData(
  value: unknown,
  path = 'context',
): TemplateValue {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError(`${path} is not a finite number`);
    }
    return value;
  }
  if (Array.isArray(value)) {
    return Object.freeze(
      value.map((item, i) => toTemplateData(item, `${path}[${i}]`)),
    ) as TemplateValue[];
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`${path} is not plain data`);
    }
    const copy: { [key: string]: TemplateValue } = Object.create(null);
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) {
        copy[key] = toTemplateData(item, `${path}.${key}`);
      }
    }
    return Object.freeze(copy);
  }
  throw new TypeError(`${path} is not plain data (${typeof value})`);
}
