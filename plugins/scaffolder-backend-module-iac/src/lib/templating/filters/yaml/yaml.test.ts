import { parseAllDocuments } from 'yaml';
import { hostileStrings } from '../__testUtils__/hostileStrings';
import { toYaml } from './yaml';
import { yamlCases } from './yaml.examples';

// Parses with both YAML versions: 1.1 is what many tools (PyYAML, and so yamllint and Ansible)
// still implement, and it reads more plain words as booleans.
function parseOne(source: string, version: '1.1' | '1.2'): unknown {
  const docs = parseAllDocuments(source, { version, uniqueKeys: false });
  if (!Array.isArray(docs) || docs.length !== 1) {
    throw new Error('expected exactly one document');
  }
  const [doc] = docs;
  if (doc.errors.length) {
    throw doc.errors[0];
  }
  return doc.toJS();
}

function roundTrip(values: unknown[], version: '1.1' | '1.2'): unknown[] {
  // Written at three positions: mapping value, sequence item, and nested under indentation.
  const source = [
    ...values.map((v, i) => `v${i}: ${toYaml(v)}`),
    'nested:',
    '  items:',
    ...values.map(v => `    - ${toYaml(v)}`),
  ].join('\n');
  const parsed = parseOne(source, version) as Record<string, unknown> & {
    nested: { items: unknown[] };
  };
  const direct = values.map((_, i) => parsed[`v${i}`]);
  expect(parsed.nested.items).toEqual(direct);
  return direct;
}

describe('yaml filter', () => {
  it.each(yamlCases)('$description', ({ input, output }) => {
    expect(toYaml(input)).toBe(output);
  });

  it.each(['1.1', '1.2'] as const)(
    'gives back every hostile string unchanged (YAML %s)',
    version => {
      const strings = hostileStrings();
      expect(strings.map(toYaml).some(r => r.includes('\n'))).toBe(false);
      expect(roundTrip(strings, version)).toEqual(strings);
    },
  );

  it('gives back hostile mapping keys and nested values', () => {
    const strings = hostileStrings(60, 13);
    const value = {
      list: strings,
      map: Object.fromEntries(
        strings.map((s, i) => [`${s}${i}`, [s, i, true, null]]),
      ),
      empty: { list: [], map: {} },
    };
    expect(roundTrip([value], '1.2')).toEqual([value]);
  });

  it('writes numbers, booleans and null as YAML values', () => {
    const values = [0, -1, 1.5, 1e21, 5e-7, true, false, null];
    expect(roundTrip(values, '1.1')).toEqual(values);
    expect(roundTrip(values, '1.2')).toEqual(values);
  });

  it.each([
    ['undefined', undefined, /undefined value/],
    ['NaN', NaN, /cannot write NaN/],
    ['a function', () => 1, /cannot write a function/],
    ['a lone surrogate', '\uDC00', /not valid Unicode/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => toYaml(value)).toThrow(message);
  });
});
