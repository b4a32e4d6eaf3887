import { FUNCTIONS } from './functions';
import { Expr, Step, parseTemplate } from './syntax';
import {
  HclValue,
  LazyObject,
  UNKNOWN,
  Value,
  isObject,
  isUnknown,
  isWhollyKnown,
  materialize,
  sameValue,
} from './values';

/** What names and functions mean where an expression is evaluated. */
export interface Scope {
  /** The value of a top-level name (`var`, `local`, `module`, a resource type...). */
  lookup(name: string): Value | undefined;
  /** Functions of this place (Terragrunt's), tried before the built-in ones. */
  call?(name: string, args: HclValue[]): Value | undefined;
}

/** A scope with a few names added (the variables of a `for` expression). */
function withNames(scope: Scope, names: Record<string, HclValue>): Scope {
  return {
    lookup: name =>
      Object.hasOwn(names, name) ? names[name] : scope.lookup(name),
    call: scope.call?.bind(scope),
  };
}

function attribute(target: Value, name: string): Value {
  if (target instanceof LazyObject) return target.get(name) ?? UNKNOWN;
  if (isObject(target) && Object.hasOwn(target, name)) return target[name];
  return UNKNOWN;
}

function index(target: Value, key: HclValue): Value {
  if (isUnknown(key)) return UNKNOWN;
  if (Array.isArray(target)) {
    return typeof key === 'number' && key in target ? target[key] : UNKNOWN;
  }
  return typeof key === 'string' || typeof key === 'number'
    ? attribute(target, String(key))
    : UNKNOWN;
}

function truth(value: Value): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function binary(op: string, left: Value, right: Value): HclValue {
  if (op === '&&' || op === '||') {
    const [l, r] = [truth(left), truth(right)];
    const decisive = op === '&&' ? false : true;
    if (l === decisive || r === decisive) return decisive;
    return l === undefined || r === undefined ? UNKNOWN : !decisive;
  }
  if (op === '==' || op === '!=') {
    const [l, r] = [materialize(left), materialize(right)];
    if (!isWhollyKnown(l) || !isWhollyKnown(r)) return UNKNOWN;
    return sameValue(l, r) === (op === '==');
  }
  if (typeof left !== 'number' || typeof right !== 'number') return UNKNOWN;
  switch (op) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return right === 0 ? UNKNOWN : left / right;
    case '%':
      return right === 0 ? UNKNOWN : left % right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    default:
      return UNKNOWN;
  }
}

function templateText(values: Value[]): HclValue {
  let text = '';
  for (const value of values) {
    if (typeof value === 'string') text += value;
    else if (typeof value === 'number' || typeof value === 'boolean') {
      text += String(value);
    } else return UNKNOWN;
  }
  return text;
}

function applySteps(value: Value, steps: Step[], scope: Scope): Value {
  return steps.reduce<Value>(
    (current, step) =>
      'attribute' in step
        ? attribute(current, step.attribute)
        : index(current, materialize(evaluateExpr(step.index, scope))),
    value,
  );
}

function forExpression(
  expr: Extract<Expr, { kind: 'for' }>,
  scope: Scope,
): HclValue {
  const collection = materialize(evaluateExpr(expr.collection, scope));
  let entries: Array<[HclValue, HclValue]>;
  if (Array.isArray(collection)) entries = collection.map((v, i) => [i, v]);
  else if (isObject(collection)) {
    entries = Object.keys(collection)
      .sort()
      .map(k => [k, collection[k]]);
  } else return UNKNOWN;

  const tuple: HclValue[] = [];
  const object: Record<string, HclValue> = {};
  for (const [key, value] of entries) {
    const names: Record<string, HclValue> = { [expr.valueName]: value };
    if (expr.keyName) names[expr.keyName] = key;
    const inner = withNames(scope, names);
    if (expr.condition) {
      const keep = materialize(evaluateExpr(expr.condition, inner));
      if (typeof keep !== 'boolean') return UNKNOWN;
      if (!keep) continue;
    }
    const item = materialize(evaluateExpr(expr.value, inner));
    if (!expr.key) {
      tuple.push(item);
      continue;
    }
    const k = materialize(evaluateExpr(expr.key, inner));
    if (typeof k !== 'string' && typeof k !== 'number') return UNKNOWN;
    if (expr.grouped) {
      const group = (object[k] as HclValue[] | undefined) ?? [];
      object[k] = [...group, item];
    } else object[k] = item;
  }
  return expr.key ? object : tuple;
}

/** Evaluates a parsed expression; what the code does not state comes out UNKNOWN. */
export function evaluateExpr(expr: Expr, scope: Scope): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template': {
      const values = expr.parts.map(p =>
        typeof p === 'string' ? p : evaluateExpr(p, scope),
      );
      // "${x}" alone is x itself, not its text.
      const [only] = expr.parts;
      return expr.parts.length === 1 && typeof only !== 'string'
        ? values[0]
        : templateText(values);
    }
    case 'variable':
      return scope.lookup(expr.name) ?? UNKNOWN;
    case 'attribute':
      return attribute(evaluateExpr(expr.target, scope), expr.name);
    case 'index':
      return index(
        evaluateExpr(expr.target, scope),
        materialize(evaluateExpr(expr.key, scope)),
      );
    case 'splat': {
      const target = evaluateExpr(expr.target, scope);
      if (isUnknown(target)) return UNKNOWN;
      if (target === null) return [];
      const items = Array.isArray(target) ? target : [target];
      return items.map(item =>
        materialize(applySteps(item, expr.steps, scope)),
      );
    }
    case 'call': {
      const args = expr.args.map(a => materialize(evaluateExpr(a, scope)));
      if (expr.expandLast) {
        const last = args.pop();
        if (!Array.isArray(last)) return UNKNOWN;
        args.push(...last);
      }
      const local = scope.call?.(expr.name, args);
      if (local !== undefined) return local;
      const builtin = Object.hasOwn(FUNCTIONS, expr.name)
        ? FUNCTIONS[expr.name]
        : undefined;
      return builtin ? builtin(...args) : UNKNOWN;
    }
    case 'tuple':
      return expr.items.map(i => materialize(evaluateExpr(i, scope)));
    case 'object': {
      const out: Record<string, HclValue> = {};
      for (const item of expr.items) {
        const key = materialize(evaluateExpr(item.key, scope));
        if (typeof key !== 'string' && typeof key !== 'number') return UNKNOWN;
        out[key] = materialize(evaluateExpr(item.value, scope));
      }
      return out;
    }
    case 'for':
      return forExpression(expr, scope);
    case 'unary': {
      const operand = evaluateExpr(expr.operand, scope);
      if (expr.op === '!')
        return typeof operand === 'boolean' ? !operand : UNKNOWN;
      return typeof operand === 'number' ? -operand : UNKNOWN;
    }
    case 'binary':
      return binary(
        expr.op,
        evaluateExpr(expr.left, scope),
        evaluateExpr(expr.right, scope),
      );
    case 'conditional': {
      const condition = evaluateExpr(expr.condition, scope);
      if (condition === true) return evaluateExpr(expr.then, scope);
      if (condition === false) return evaluateExpr(expr.otherwise, scope);
      // Both branches alike: the result does not depend on the unknown condition.
      const [a, b] = [expr.then, expr.otherwise].map(e =>
        materialize(evaluateExpr(e, scope)),
      );
      return isWhollyKnown(a) && isWhollyKnown(b) && sameValue(a, b)
        ? a
        : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

const parsedTemplates = new Map<string, Expr | undefined>();

function templateOf(text: string): Expr | undefined {
  if (!parsedTemplates.has(text)) {
    let parsed: Expr | undefined;
    try {
      parsed = parseTemplate(text);
    } catch {
      parsed = undefined;
    }
    parsedTemplates.set(text, parsed);
  }
  return parsedTemplates.get(text);
}

/**
 * Evaluates a value of the JSON form @cdktf/hcl2json gives a body: every string is a template
 * (an expression is the template "${...}"), lists and objects hold further values.
 */
export function evaluateValue(value: unknown, scope: Scope): Value {
  if (typeof value === 'string') {
    const template = templateOf(value);
    return template ? evaluateExpr(template, scope) : UNKNOWN;
  }
  if (Array.isArray(value)) {
    return value.map(v => materialize(evaluateValue(v, scope)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        materialize(evaluateValue(v, scope)),
      ]),
    );
  }
  return (value ?? null) as HclValue;
}
