import type { HclValue } from './values';

/** One step of a traversal after a splat: `.name` or `[key]`. */
export type Step = { attribute: string } | { index: Expr };

/** The expression forms of HCL's native syntax that the policy rules evaluate. */
export type Expr =
  | { kind: 'literal'; value: HclValue }
  | { kind: 'template'; parts: Array<string | Expr> }
  | { kind: 'variable'; name: string }
  | { kind: 'attribute'; target: Expr; name: string }
  | { kind: 'index'; target: Expr; key: Expr }
  | { kind: 'splat'; target: Expr; steps: Step[] }
  | { kind: 'call'; name: string; args: Expr[]; expandLast: boolean }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'object'; items: Array<{ key: Expr; value: Expr }> }
  | {
      kind: 'for';
      keyName?: string;
      valueName: string;
      collection: Expr;
      key?: Expr;
      value: Expr;
      condition?: Expr;
      grouped: boolean;
    }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'conditional'; condition: Expr; then: Expr; otherwise: Expr };

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
};
// Longest first, so `==` is not read as `=`.
const BINARY_LEVELS = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<=', '>=', '<', '>'],
  ['+', '-'],
  ['*', '/', '%'],
];

/**
 * A recursive-descent parser of HCL expressions and templates, working on characters. It reads
 * what @cdktf/hcl2json leaves as text: `${...}` expressions, string templates and the
 * expressions inside them. Template directives (`%{ if }`) and heredocs inside expressions are
 * refused with a SyntaxError; callers treat such values as unknown.
 */
class Parser {
  pos = 0;

  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new SyntaxError(`${what} at offset ${this.pos}`);
  }

  /** Skips whitespace and comments. */
  skip(): void {
    for (;;) {
      const rest = this.text.slice(this.pos, this.pos + 2);
      if (/^\s/.test(rest)) {
        this.pos++;
      } else if (rest[0] === '#' || rest === '//') {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.text.length : end + 1;
      } else if (rest === '/*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('unterminated comment');
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }

  peek(token: string): boolean {
    this.skip();
    return this.text.startsWith(token, this.pos);
  }

  eat(token: string): boolean {
    if (!this.peek(token)) return false;
    this.pos += token.length;
    return true;
  }

  expect(token: string): void {
    if (!this.eat(token)) this.fail(`expected '${token}'`);
  }

  match(pattern: RegExp): string | undefined {
    this.skip();
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }

  identifier(): string {
    return this.match(IDENTIFIER) ?? this.fail('expected a name');
  }

  /** True when the next word is `word` (not a longer name starting with it). */
  keyword(word: string): boolean {
    this.skip();
    const start = this.pos;
    if (this.match(IDENTIFIER) === word) return true;
    this.pos = start;
    return false;
  }

  expression(): Expr {
    const condition = this.binary(0);
    if (!this.eat('?')) return condition;
    const then = this.expression();
    this.expect(':');
    return {
      kind: 'conditional',
      condition,
      then,
      otherwise: this.expression(),
    };
  }

  binary(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const op = BINARY_LEVELS[level].find(
        candidate => this.peek(candidate) && !this.isLongerOperator(candidate),
      );
      if (!op) return left;
      this.pos += op.length;
      left = { kind: 'binary', op, left, right: this.binary(level + 1) };
    }
  }

  // `=>`, `==` and `<<` are not the operators `=`, `<`: only a real operator is consumed.
  isLongerOperator(op: string): boolean {
    const next = this.text[this.pos + op.length];
    return (op === '<' && next === '<') || (op === '>' && next === '>');
  }

  unary(): Expr {
    if (this.peek('!') && !this.peek('!=')) {
      this.pos++;
      return { kind: 'unary', op: '!', operand: this.unary() };
    }
    if (this.eat('-')) return { kind: 'unary', op: '-', operand: this.unary() };
    return this.postfix(this.primary());
  }

  postfix(start: Expr): Expr {
    let target = start;
    for (;;) {
      if (this.peek('...')) return target;
      if (this.eat('[')) {
        if (this.eat('*')) {
          this.expect(']');
          return { kind: 'splat', target, steps: this.splatSteps() };
        }
        const key = this.expression();
        this.expect(']');
        target = { kind: 'index', target, key };
      } else if (this.eat('.')) {
        if (this.eat('*')) {
          return { kind: 'splat', target, steps: this.splatSteps() };
        }
        const digits = this.match(/\d+/y);
        target = digits
          ? {
              kind: 'index',
              target,
              key: { kind: 'literal', value: Number(digits) },
            }
          : { kind: 'attribute', target, name: this.identifier() };
      } else {
        return target;
      }
    }
  }

  splatSteps(): Step[] {
    const steps: Step[] = [];
    for (;;) {
      if (this.peek('...')) return steps;
      if (this.eat('.')) {
        steps.push({ attribute: this.identifier() });
      } else if (this.eat('[')) {
        steps.push({ index: this.expression() });
        this.expect(']');
      } else {
        return steps;
      }
    }
  }

  primary(): Expr {
    this.skip();
    const ch = this.text[this.pos];
    if (ch === '"') {
      this.pos++;
      return { kind: 'template', parts: this.template(true) };
    }
    if (this.text.startsWith('<<', this.pos))
      this.fail('heredoc in an expression');
    if (this.eat('(')) {
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (this.eat('['))
      return this.keyword('for') ? this.forExpression(false) : this.tuple();
    if (this.eat('{'))
      return this.keyword('for') ? this.forExpression(true) : this.object();
    const number = this.match(NUMBER);
    if (number !== undefined) return { kind: 'literal', value: Number(number) };
    const name = this.identifier();
    if (name === 'true' || name === 'false') {
      return { kind: 'literal', value: name === 'true' };
    }
    if (name === 'null') return { kind: 'literal', value: null };
    if (this.peek('(')) return this.call(name);
    return { kind: 'variable', name };
  }

  call(name: string): Expr {
    this.expect('(');
    const args: Expr[] = [];
    let expandLast = false;
    while (!this.eat(')')) {
      args.push(this.expression());
      if (this.eat('...')) expandLast = true;
      if (!this.eat(',') && !this.peek(')')) this.fail("expected ',' or ')'");
    }
    return { kind: 'call', name, args, expandLast };
  }

  tuple(): Expr {
    const items: Expr[] = [];
    while (!this.eat(']')) {
      items.push(this.expression());
      if (!this.eat(',') && !this.peek(']')) this.fail("expected ',' or ']'");
    }
    return { kind: 'tuple', items };
  }

  object(): Expr {
    const items: Array<{ key: Expr; value: Expr }> = [];
    while (!this.eat('}')) {
      const key = this.objectKey();
      if (!this.eat(':')) this.expect('=');
      items.push({ key, value: this.expression() });
      this.eat(',');
    }
    return { kind: 'object', items };
  }

  // A bare name is the key itself, not a variable: { owner = "x" }.
  objectKey(): Expr {
    this.skip();
    const start = this.pos;
    const name = this.match(IDENTIFIER);
    if (
      name !== undefined &&
      (this.peek('=') || this.peek(':')) &&
      !this.peek('==')
    ) {
      return { kind: 'literal', value: name };
    }
    this.pos = start;
    return this.expression();
  }

  forExpression(object: boolean): Expr {
    const first = this.identifier();
    const second = this.eat(',') ? this.identifier() : undefined;
    if (!this.keyword('in')) this.fail("expected 'in'");
    const collection = this.expression();
    this.expect(':');
    const keyName = second === undefined ? undefined : first;
    const valueName = second ?? first;
    let key: Expr | undefined;
    let value = this.expression();
    if (object) {
      this.expect('=>');
      key = value;
      value = this.expression();
    }
    const grouped = object && this.eat('...');
    const condition = this.keyword('if') ? this.expression() : undefined;
    this.expect(object ? '}' : ']');
    return {
      kind: 'for',
      keyName,
      valueName,
      collection,
      key,
      value,
      condition,
      grouped,
    };
  }

  /**
   * The parts of a template: literal text and interpolated expressions. Quoted templates (inside
   * an expression) end at `"` and know backslash escapes; the text @cdktf/hcl2json outputs has
   * no escapes left but `$${` and `%%{`.
   */
  template(quoted: boolean): Array<string | Expr> {
    const parts: Array<string | Expr> = [];
    let literal = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      const two = this.text.slice(this.pos, this.pos + 2);
      const three = this.text.slice(this.pos, this.pos + 3);
      if (quoted && ch === '"') {
        this.pos++;
        if (literal) parts.push(literal);
        return parts;
      }
      if (quoted && ch === '\\') {
        literal += this.escape();
      } else if (three === '$${' || three === '%%{') {
        literal += three.slice(1);
        this.pos += 3;
      } else if (two === '${') {
        if (literal) parts.push(literal);
        literal = '';
        this.pos += 2;
        this.eat('~');
        parts.push(this.expression());
        this.eat('~');
        this.expect('}');
      } else if (two === '%{') {
        this.fail('template directive');
      } else {
        literal += ch;
        this.pos++;
      }
    }
    if (quoted) this.fail('unterminated string');
    if (literal) parts.push(literal);
    return parts;
  }

  escape(): string {
    const code = this.text[this.pos + 1];
    if (Object.hasOwn(ESCAPES, code)) {
      this.pos += 2;
      return ESCAPES[code];
    }
    let hex = 0;
    if (code === 'u') hex = 4;
    if (code === 'U') hex = 8;
    const digits = this.text.slice(this.pos + 2, this.pos + 2 + hex);
    if (!hex || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) {
      this.fail('invalid escape');
    }
    this.pos += 2 + hex;
    return String.fromCodePoint(parseInt(digits, 16));
  }
}

/** Parses a string as @cdktf/hcl2json gives it: a template of literal text and `${...}`. */
export function parseTemplate(text: string): Expr {
  return { kind: 'template', parts: new Parser(text).template(false) };
}
