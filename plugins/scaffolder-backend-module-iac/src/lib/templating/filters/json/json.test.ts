import { hostileStrings } from '../__testUtils__/hostileStrings';
import { toJson } from './json';
import { jsonCases } from './json.examples';

describe('json filter', () => {
  it.each(jsonCases)('$description', ({ input, output }) => {
    expect(toJson(input)).toBe(output);
  });

  it('gives back every hostile string unchanged when parsed as JSON', () => {
    const strings = hostileStrings();
    const document = `{\n${strings
      .map((s, i) => `  "v${i}": ${toJson(s)}`)
      .join(',\n')}\n}`;
    const parsed = JSON.parse(document);
    expect(strings.map((_, i) => parsed[`v${i}`])).toEqual(strings);
    expect(strings.map(toJson).some(r => /[\n\u2028\u2029]/.test(r))).toBe(
      false,
    );
  });

  it('gives back nested values with hostile keys', () => {
    const strings = hostileStrings(60, 17);
    const value = {
      list: strings,
      map: Object.fromEntries(
        strings.map((s, i) => [`${s}${i}`, [s, i, true, null]]),
      ),
    };
    expect(JSON.parse(toJson(value))).toEqual(value);
  });

  it.each([
    ['undefined', undefined, /undefined value/],
    ['NaN', NaN, /cannot write NaN/],
    ['a nested function', { a: [() => 1] }, /cannot write a function/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => toJson(value)).toThrow(message);
  });
});
