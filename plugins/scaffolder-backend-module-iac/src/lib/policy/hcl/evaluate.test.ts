import { parse } from '@cdktf/hcl2json';
import { Scope, evaluateValue } from './evaluate';
import { HclValue, LazyObject, UNKNOWN, Value, materialize } from './values';

// Evaluates `value = <expression>` the way the rules meet it: parsed by @cdktf/hcl2json first.
async function evaluate(expression: string, names: Record<string, Value> = {}) {
  const body = await parse('x.tf', `value = ${expression}\n`);
  const scope: Scope = { lookup: name => names[name] };
  return materialize(evaluateValue(body.value, scope));
}

const lazy = (values: Record<string, HclValue>) =>
  new LazyObject(
    () => Object.keys(values),
    name => values[name],
  );

describe('evaluateValue', () => {
  it.each<[string, HclValue]>([
    ['true', true],
    ['-3 + 2 * 4', 5],
    ['"a-${1 + 1}-b"', 'a-2-b'],
    ['"$${literal} %%{x}"', '${literal} %{x}'],
    ['"quote \\" and \\\\ backslash"', 'quote " and \\ backslash'],
    ['{ a = 1, "cost-center" = "x" }', { a: 1, 'cost-center': 'x' }],
    ['[for s in ["a", "b", "c"] : upper(s) if s != "b"]', ['A', 'C']],
    ['{ for i, s in ["a", "b"] : s => i }', { a: 0, b: 1 }],
    ['"prod" == "prod" ? 14 : 3', 14],
    ['merge({ a = 1 }, { b = 2 }, null)', { a: 1, b: 2 }],
    ['jsonencode({ b = 1, a = "x" })', '{"a":"x","b":1}'],
    ['length(slice(unknown_list, 0, 2))', 2],
    ['[{ id = 1 }, { id = 2 }][*].id', [1, 2]],
    ['trimsuffix(substr("abcdef-", 0, 7), "-")', 'abcdef'],
  ])('%s', async (expression, expected) => {
    expect(await evaluate(expression, { unknown_list: UNKNOWN })).toEqual(
      expected,
    );
  });

  it('reads names from the scope, lazily', async () => {
    const local = lazy({ env: { environment: 'prod' }, ha: true });
    expect(
      await evaluate('local.env.environment == "prod" && local.ha', { local }),
    ).toBe(true);
    expect(await evaluate('local.missing', { local })).toBe(UNKNOWN);
  });

  it('keeps what the code does not state unknown, and decides what it does', async () => {
    const names = { data: UNKNOWN };
    expect(
      await evaluate('data.aws_caller_identity.current.account_id', names),
    ).toBe(UNKNOWN);
    expect(await evaluate('"b-${data.x.id}"', names)).toBe(UNKNOWN);
    expect(await evaluate('false && data.x.enabled', names)).toBe(false);
    expect(await evaluate('data.x.enabled ? true : true', names)).toBe(true);
    expect(
      await evaluate('merge({ owner = "a" }, { site = data.x.key })', names),
    ).toEqual({
      owner: 'a',
      site: UNKNOWN,
    });
  });

  it('turns what it cannot read into unknown values', async () => {
    expect(await evaluate('"%{ if true }x%{ endif }"')).toBe(UNKNOWN);
    expect(await evaluate('file("secret.txt")')).toBe(UNKNOWN);
  });

  it('ends a reference cycle as unknown', async () => {
    const local: LazyObject = new LazyObject(
      () => ['a'],
      () => local.get('a'),
    );
    expect(await evaluate('local.a', { local })).toBe(UNKNOWN);
  });
});
