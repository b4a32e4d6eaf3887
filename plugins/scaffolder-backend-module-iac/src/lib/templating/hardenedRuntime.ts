// Defence in depth for stack templates. Template text is reviewed code from the portal's own
// stacks folder, but a Nunjucks expression such as `"".constructor.constructor("...")()` would
// still reach the JavaScript Function constructor through the stock runtime. Compiled templates
// call member and variable lookups through the `runtime` object they are given, so this module
// builds a separate runtime object (the shared Nunjucks runtime is left untouched for every other
// Nunjucks user in the process) whose lookups only reach plain data:
// - members are own properties of objects and arrays, or a short list of side-effect-free string,
//   array and number methods;
// - nothing is read from a function, so no path leads to `Function`;
// - prototype-related names are refused outright;
// - variables are own properties of the render context, frames or the reduced globals, and an
//   undefined variable is an error (strict rendering).
import {
  Context,
  Frame,
  Runtime,
  nunjucksInternals,
} from './nunjucksInternals';

const PROTOTYPE_NAMES = [
  'constructor',
  'prototype',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];
// `caller` stays usable as a variable: it is how a macro calls the body of a `{% call %}` block.
const FORBIDDEN_VARIABLES = new Set(PROTOTYPE_NAMES);
const FORBIDDEN_MEMBERS = new Set([
  ...PROTOTYPE_NAMES,
  'caller',
  'callee',
  'arguments',
]);

const STRING_METHODS = new Set([
  'at',
  'charAt',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'padEnd',
  'padStart',
  'replace',
  'replaceAll',
  'slice',
  'split',
  'startsWith',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimEnd',
  'trimStart',
]);

// Only methods that do not change the array: context data is shared by every file of a render.
const ARRAY_METHODS = new Set([
  'at',
  'concat',
  'includes',
  'indexOf',
  'join',
  'lastIndexOf',
  'slice',
]);

const NUMBER_METHODS = new Set(['toFixed', 'toPrecision']);

function refuse(forbidden: Set<string>, name: string) {
  if (forbidden.has(name)) {
    throw new Error(`"${name}" cannot be used in stack templates`);
  }
}

function method(
  target: unknown,
  name: string,
): (...args: unknown[]) => unknown {
  const fn = (target as Record<string, (...args: unknown[]) => unknown>)[name];
  return (...args: unknown[]) => fn.apply(target, args);
}

function lookupMember(obj: unknown, key: unknown): unknown {
  const name = String(key);
  refuse(FORBIDDEN_MEMBERS, name);
  if (obj === undefined || obj === null) {
    throw new Error(
      `cannot read "${name}" of ${
        obj === null ? 'null' : 'an undefined value'
      }`,
    );
  }
  if (typeof obj === 'function') {
    throw new Error(`cannot read "${name}" of a function`);
  }
  // SafeString (from `| safe`) is a String object: treat it as the plain string.
  const target = obj instanceof String ? obj.toString() : obj;
  if (typeof target === 'string') {
    if (name === 'length' || /^\d+$/.test(name)) {
      return target[name as unknown as number];
    }
    return STRING_METHODS.has(name) ? method(target, name) : undefined;
  }
  if (typeof target === 'number') {
    return NUMBER_METHODS.has(name) ? method(target, name) : undefined;
  }
  if (typeof target !== 'object') {
    return undefined;
  }
  if (Array.isArray(target) && ARRAY_METHODS.has(name)) {
    return method(target, name);
  }
  return Object.hasOwn(target, name)
    ? (target as Record<string, unknown>)[name]
    : undefined;
}

function lookupVariable(context: Context, frame: Frame, name: string): unknown {
  refuse(FORBIDDEN_VARIABLES, name);
  for (let scope: Frame | undefined = frame; scope; scope = scope.parent) {
    // Frame variables are created with a null prototype by Nunjucks.
    if (name in scope.variables) {
      return scope.variables[name];
    }
  }
  if (Object.hasOwn(context.ctx, name)) {
    return context.ctx[name];
  }
  if (Object.hasOwn(context.env.globals, name)) {
    return context.env.globals[name];
  }
  throw new Error(`undefined variable "${name}"`);
}

// Thrown as a plain error so that Nunjucks attaches the tracked line of the expression.
function ensureDefined(value: unknown): unknown {
  if (value === undefined || value === null) {
    throw new Error('the expression is undefined or null');
  }
  return value;
}

/** The runtime object handed to compiled stack templates instead of the shared one. */
export const hardenedRuntime: Runtime = Object.freeze({
  ...nunjucksInternals.runtime,
  memberLookup: lookupMember,
  contextOrFrameLookup: lookupVariable,
  ensureDefined,
});
