import { InputError } from '@backstage/errors';
import nunjucks from 'nunjucks';
import { renderTemplate } from './renderTemplate';

declare global {
  // Set by a payload if it ever manages to run code.
  // eslint-disable-next-line no-var
  var iacTemplateEscape: unknown;
}

const PAYLOAD = '"globalThis.iacTemplateEscape = process.pid; return process"';

const REFUSED = (name: string) => `"${name}" cannot be used in stack templates`;

const escapes: Array<[string, string, string]> = [
  [
    'the String constructor',
    `{{ "".constructor.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'the range global',
    `{{ range.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'the cycler global',
    `{{ cycler.constructor(${PAYLOAD})() }}`,
    'undefined variable "cycler"',
  ],
  [
    'the joiner global',
    `{{ joiner().constructor(${PAYLOAD})() }}`,
    'undefined variable "joiner"',
  ],
  [
    '__proto__ of a context value',
    '{{ (values).__proto__.constructor }}',
    REFUSED('__proto__'),
  ],
  ['__proto__ by subscript', '{{ values["__proto__"] }}', REFUSED('__proto__')],
  [
    'an array literal',
    `{{ [].constructor.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'an object literal',
    `{{ {}["constructor"]["constructor"](${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'a regular expression literal',
    `{{ r/x/.constructor.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'a string method',
    `{{ "x".replace.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'call on a method',
    `{{ "x".trim.call(1) }}`,
    'cannot read "call" of a function',
  ],
  [
    'a method not on the list',
    '{{ "x".toString() }}',
    'Unable to call `x["toString"]`, which is undefined or falsey',
  ],
  [
    '__lookupGetter__',
    '{{ values.__lookupGetter__("__proto__") }}',
    REFUSED('__lookupGetter__'),
  ],
  [
    '__defineGetter__',
    '{{ values.__defineGetter__("x", range) }}',
    REFUSED('__defineGetter__'),
  ],
  ['prototype', '{{ range.prototype }}', REFUSED('prototype')],
  [
    'a macro',
    `{% macro m() %}{% endmacro %}{{ m.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'caller in a call block',
    `{% macro m() %}{{ caller.constructor(${PAYLOAD})() }}{% endmacro %}{% call m() %}x{% endcall %}`,
    REFUSED('constructor'),
  ],
  [
    'a loop variable',
    `{% for x in [1] %}{{ loop.constructor.constructor(${PAYLOAD})() }}{% endfor %}`,
    REFUSED('constructor'),
  ],
  [
    'a set variable',
    `{% set f = "".constructor %}{{ f }}`,
    REFUSED('constructor'),
  ],
  [
    'a top-level constructor',
    `{{ constructor.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
  [
    'a prototype name as a filter',
    '{{ "x" | constructor }}',
    'unknown filter "constructor"',
  ],
  [
    'a prototype name as a test',
    '{{ "x" is constructor }}',
    'unknown test "constructor"',
  ],
  ['the process object', '{{ process.pid }}', 'undefined variable "process"'],
  ['require', '{{ require("child_process") }}', 'undefined variable "require"'],
  [
    'a dictsort entry',
    `{{ (values | dictsort)[0][1].constructor.constructor(${PAYLOAD})() }}`,
    REFUSED('constructor'),
  ],
];

describe('stack template hardening', () => {
  beforeEach(() => {
    globalThis.iacTemplateEscape = undefined;
  });

  it.each(escapes)('blocks an escape through %s', (_name, text, reason) => {
    const render = () =>
      renderTemplate(
        { path: 'skeleton/escape.njk', text },
        { values: { name: 'billpay' } },
      );
    expect(render).toThrow(InputError);
    expect(render).toThrow(`skeleton/escape.njk:1: ${reason}`);
    expect(globalThis.iacTemplateEscape).toBeUndefined();
  });

  // Shows the payloads are real escapes, and that the stock runtime every other Nunjucks user
  // in the process gets was left as it was.
  it('leaves the shared Nunjucks runtime untouched, where the same payload does run code', () => {
    renderTemplate(
      { path: 'a.njk', text: '{{ values.name }}' },
      { values: { name: 'x' } },
    );
    nunjucks.renderString(escapes[0][1], {});
    expect(globalThis.iacTemplateEscape).toBe(process.pid);
  });
});
