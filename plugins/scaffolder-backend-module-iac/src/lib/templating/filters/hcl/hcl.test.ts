import { parse } from '@cdktf/hcl2json';
import { hostileStrings } from '../__testUtils__/hostileStrings';
import { toHcl } from './hcl';
import { hclCases } from './hcl.examples';

// hcl2json answers in the JSON syntax of OpenTofu, where strings are templates again: `$${` and
// `%%{` stand for a literal `${` and `%{`, while a bare `${` or `%{` would be an interpolation or
// a directive, which a literal must never become.
function fromJsonSyntax(value: unknown): unknown {
  if (typeof value === 'string') {
    let out = '';
    for (let i = 0; i < value.length; ) {
      const rest = value.slice(i);
      if (rest.startsWith('$${') || rest.startsWith('%%{')) {
        out += `${rest[0]}{`;
        i += 3;
      } else if (rest.startsWith('${') || rest.startsWith('%{')) {
        throw new Error(`template sequence in ${JSON.stringify(value)}`);
      } else {
        out += value[i];
        i += 1;
      }
    }
    return out;
  }
  if (Array.isArray(value)) {
    return value.map(fromJsonSyntax);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        fromJsonSyntax(k),
        fromJsonSyntax(v),
      ]),
    );
  }
  return value;
}

async function roundTrip(values: unknown[]): Promise<unknown[]> {
  const source = values.map((v, i) => `v${i} = ${toHcl(v)}\n`).join('');
  const parsed = await parse('values.tf', source);
  return values.map((_, i) => fromJsonSyntax(parsed[`v${i}`]));
}

describe('hcl filter', () => {
  it.each(hclCases)('$description', ({ input, output }) => {
    expect(toHcl(input)).toBe(output);
  });

  it('gives back every hostile string unchanged when parsed as HCL', async () => {
    const strings = hostileStrings();
    const rendered = strings.map(toHcl);
    expect(rendered.some(r => r.includes('\n'))).toBe(false);
    expect(await roundTrip(strings)).toEqual(strings);
  });

  it('gives back hostile object keys and nested values', async () => {
    const strings = hostileStrings(60, 11);
    const value = {
      list: strings,
      map: Object.fromEntries(
        strings.map((s, i) => [`${s}${i}`, [s, i, i % 2 === 0, null]]),
      ),
      empty: { list: [], map: {} },
    };
    expect(await roundTrip([value])).toEqual([value]);
  });

  it('writes numbers, booleans and null as HCL values', async () => {
    const values = [0, -1, 1.5, 1e21, 5e-7, true, false, null];
    expect(await roundTrip(values)).toEqual(values);
  });

  it.each([
    ['undefined', undefined, /undefined value/],
    ['NaN', NaN, /cannot write NaN/],
    ['Infinity', Infinity, /cannot write Infinity/],
    ['a function', () => 1, /cannot write a function/],
    ['a lone surrogate', 'a\uD800b', /not valid Unicode/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => toHcl(value)).toThrow(message);
  });
});
