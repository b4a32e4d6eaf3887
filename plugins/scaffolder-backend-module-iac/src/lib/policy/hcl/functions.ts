import path from 'node:path';
import {
  HclValue,
  UNKNOWN,
  isObject,
  isUnknown,
  isWhollyKnown,
  sameValue,
} from './values';

type HclFunction = (...args: HclValue[]) => HclValue;

function list(value: HclValue): HclValue[] | undefined {
  if (Array.isArray(value)) return value;
  return undefined;
}

// Lists and strings of a call whose arguments must be known, or UNKNOWN.
function known<T extends HclValue[]>(
  args: HclValue[],
  body: (...values: T) => HclValue,
): HclValue {
  return args.some(isUnknown) ? UNKNOWN : body(...(args as T));
}

function stringify(value: HclValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return undefined;
}

// HCL's jsonencode writes object keys in lexical order.
function jsonencode(value: HclValue): HclValue {
  if (!isWhollyKnown(value)) return UNKNOWN;
  const sorted = (v: HclValue): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (!isObject(v)) return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map(k => [k, sorted(v[k])]),
    );
  };
  return JSON.stringify(sorted(value));
}

function slice(items: HclValue, start: HclValue, end: HclValue): HclValue {
  if (typeof start !== 'number' || typeof end !== 'number') return UNKNOWN;
  // The length of a slice of an unknown list is still known.
  if (isUnknown(items))
    return Array.from({ length: end - start }, () => UNKNOWN);
  return list(items)?.slice(start, end) ?? UNKNOWN;
}

function range(...args: HclValue[]): HclValue {
  if (!args.every(a => typeof a === 'number')) return UNKNOWN;
  const [a, b, step = 1] = args as number[];
  const [start, end] = b === undefined ? [0, a] : [a, b];
  const out: number[] = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

function format(spec: HclValue, ...args: HclValue[]): HclValue {
  if (typeof spec !== 'string' || args.some(isUnknown)) return UNKNOWN;
  let i = 0;
  let failed = false;
  const out = spec.replace(/%%|%[sdv]/g, verb => {
    if (verb === '%%') return '%';
    const text = stringify(args[i++]);
    if (text === undefined) failed = true;
    return text ?? '';
  });
  return failed ? UNKNOWN : out;
}

/**
 * The OpenTofu and Terragrunt built-in functions the rules may meet, on known values. Functions
 * that read the outside world (files, hashes of secrets, the network) are not here: their calls
 * are UNKNOWN.
 */
export const FUNCTIONS: Record<string, HclFunction> = {
  merge: (...objects) => {
    if (objects.some(isUnknown)) return UNKNOWN;
    const out: Record<string, HclValue> = {};
    for (const o of objects) {
      if (o === null) continue;
      if (!isObject(o)) return UNKNOWN;
      Object.assign(out, o);
    }
    return out;
  },
  concat: (...lists) =>
    lists.some(l => !Array.isArray(l))
      ? UNKNOWN
      : (lists as HclValue[][]).flat(1),
  length: value => {
    if (typeof value === 'string' || Array.isArray(value)) return value.length;
    if (isObject(value)) return Object.keys(value).length;
    return UNKNOWN;
  },
  tolist: value => value,
  toset: value => {
    const items = list(value);
    if (!items) return value;
    const out: HclValue[] = [];
    for (const item of items) {
      if (isUnknown(item) || !out.some(o => sameValue(o, item))) out.push(item);
    }
    return out;
  },
  tomap: value => value,
  tostring: value => (value === null ? null : stringify(value) ?? UNKNOWN),
  tonumber: value => {
    if (typeof value === 'number') return value;
    const number =
      typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return isNaN(number) ? UNKNOWN : number;
  },
  tobool: value => {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return UNKNOWN;
  },
  jsonencode,
  lookup: (map, key, fallback) => {
    if (!isObject(map) || typeof key !== 'string') return UNKNOWN;
    if (Object.hasOwn(map, key)) return map[key];
    return fallback === undefined ? UNKNOWN : fallback;
  },
  contains: (items, value) =>
    known([items, value], (l: HclValue, v: HclValue) =>
      Array.isArray(l) && l.every(isWhollyKnown) && isWhollyKnown(v)
        ? l.some(item => sameValue(item, v))
        : UNKNOWN,
    ),
  keys: map => (isObject(map) ? Object.keys(map).sort() : UNKNOWN),
  values: map =>
    isObject(map)
      ? Object.keys(map)
          .sort()
          .map(k => map[k])
      : UNKNOWN,
  coalesce: (...args) => {
    for (const arg of args) {
      if (isUnknown(arg)) return UNKNOWN;
      if (arg !== null && arg !== '') return arg;
    }
    return UNKNOWN;
  },
  compact: items =>
    known([items], (l: HclValue) =>
      Array.isArray(l) ? l.filter(v => v !== null && v !== '') : UNKNOWN,
    ),
  distinct: items => FUNCTIONS.toset(items),
  flatten: items => {
    const flat = (v: HclValue): HclValue[] =>
      Array.isArray(v) ? v.flatMap(flat) : [v];
    return Array.isArray(items) ? flat(items) : UNKNOWN;
  },
  element: (items, index) =>
    Array.isArray(items) && typeof index === 'number' && items.length
      ? items[index % items.length]
      : UNKNOWN,
  slice,
  range,
  format,
  join: (separator, items) =>
    known([separator, items], (s: HclValue, l: HclValue) => {
      if (typeof s !== 'string' || !Array.isArray(l)) return UNKNOWN;
      const parts = l.map(stringify);
      return parts.every(p => p !== undefined) ? parts.join(s) : UNKNOWN;
    }),
  split: (separator, text) =>
    typeof separator === 'string' && typeof text === 'string'
      ? text.split(separator)
      : UNKNOWN,
  lower: text => (typeof text === 'string' ? text.toLowerCase() : UNKNOWN),
  upper: text => (typeof text === 'string' ? text.toUpperCase() : UNKNOWN),
  trimspace: text => (typeof text === 'string' ? text.trim() : UNKNOWN),
  trimsuffix: (text, suffix) => {
    if (typeof text !== 'string' || typeof suffix !== 'string') return UNKNOWN;
    return suffix && text.endsWith(suffix)
      ? text.slice(0, -suffix.length)
      : text;
  },
  trimprefix: (text, prefix) => {
    if (typeof text !== 'string' || typeof prefix !== 'string') return UNKNOWN;
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
  },
  substr: (text, offset, length) =>
    typeof text === 'string' &&
    typeof offset === 'number' &&
    typeof length === 'number'
      ? [...text]
          .slice(offset, length < 0 ? undefined : offset + length)
          .join('')
      : UNKNOWN,
  // Only plain-text replacements: a /regex/ pattern is not evaluated.
  replace: (text, search, replacement) =>
    typeof text === 'string' &&
    typeof search === 'string' &&
    typeof replacement === 'string' &&
    !/^\/.*\/$/.test(search)
      ? text.split(search).join(replacement)
      : UNKNOWN,
  startswith: (text, prefix) =>
    typeof text === 'string' && typeof prefix === 'string'
      ? text.startsWith(prefix)
      : UNKNOWN,
  endswith: (text, suffix) =>
    typeof text === 'string' && typeof suffix === 'string'
      ? text.endsWith(suffix)
      : UNKNOWN,
  min: (...numbers) =>
    numbers.every(n => typeof n === 'number')
      ? Math.min(...(numbers as number[]))
      : UNKNOWN,
  max: (...numbers) =>
    numbers.every(n => typeof n === 'number')
      ? Math.max(...(numbers as number[]))
      : UNKNOWN,
  ceil: n => (typeof n === 'number' ? Math.ceil(n) : UNKNOWN),
  floor: n => (typeof n === 'number' ? Math.floor(n) : UNKNOWN),
  abs: n => (typeof n === 'number' ? Math.abs(n) : UNKNOWN),
  alltrue: items => {
    if (!Array.isArray(items)) return UNKNOWN;
    if (items.includes(false)) return false;
    return items.every(i => i === true) ? true : UNKNOWN;
  },
  anytrue: items => {
    if (!Array.isArray(items)) return UNKNOWN;
    if (items.includes(true)) return true;
    return items.every(i => i === false) ? false : UNKNOWN;
  },
  // Path helpers of OpenTofu and Terragrunt, on the paths the evaluation itself produced.
  dirname: p => (typeof p === 'string' ? path.posix.dirname(p) : UNKNOWN),
  basename: p => (typeof p === 'string' ? path.posix.basename(p) : UNKNOWN),
};
