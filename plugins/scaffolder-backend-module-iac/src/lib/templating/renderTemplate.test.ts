import { InputError } from '@backstage/errors';
import { parse } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';
import { renderTemplate } from './renderTemplate';

const context = {
  values: {
    name: 'billpay',
    region: 'eu-west-1',
    zones: ['a', 'b'],
    nested: {},
  },
  environments: ['dev', 'prod'],
};

function render(
  text: string,
  extra: Record<string, unknown> = {},
  environment?: string,
) {
  return renderTemplate(
    { path: 'skeleton/main.tf.njk', text, environment },
    { ...context, ...extra },
  );
}

function renderError(text: string, environment?: string): Error {
  try {
    render(text, {}, environment);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as Error;
  }
  throw new Error('expected the render to fail');
}

describe('renderTemplate', () => {
  it('renders values through the filters into parseable HCL', async () => {
    const out = render(
      [
        'locals {',
        '  name    = {{ values.name | hcl }}',
        '  region  = {{ values.region | hcl }}',
        '  zones   = {{ values.zones | hcl }}',
        '}',
      ].join('\n'),
    );
    expect(await parse('main.tf', out)).toEqual({
      locals: [{ name: 'billpay', region: 'eu-west-1', zones: ['a', 'b'] }],
    });
  });

  it('supports the usual Nunjucks constructs', () => {
    const out = render(
      [
        '{% macro tag(k, v) %}{{ k }}={{ caller() }}{{ v }}{% endmacro %}',
        '{% for env in environments %}{{ loop.index }}:{{ env }} {% endfor %}',
        '{% set upper = values.name.toUpperCase() %}{{ upper }}',
        '{{ values.zones | join("+") }} {{ values.zones.length }} {{ values.zones.join("-") }}',
        '{% if values.missing is defined %}no{% else %}{{ values.missing | default("dflt") }}{% endif %}',
        '{% for i in range(2) %}{{ i }}{% endfor %}',
        '{% call tag("a", "!") %}body{% endcall %}',
        '{% for k, v in values.nested %}{{ k }}{% else %}empty{% endfor %}',
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      '',
      '1:dev 2:prod ',
      'BILLPAY',
      'a+b 2 a-b',
      'dflt',
      '01',
      'a=body!',
      'empty',
    ]);
  });

  it('passes GitHub Actions expressions through untouched, keeping line numbers', () => {
    const text = [
      'run-name: ${{ inputs.command }} ${{ inputs.environment }} [${{ inputs.correlation_id }}]',
      'if: ${{',
      "  github.ref == 'refs/heads/main' }}",
      'region: {{ values.region | yaml }}',
      'broken: {{ values.region | nope }}',
    ].join('\n');
    expect(renderError(text).message).toBe(
      'skeleton/main.tf.njk:5: unknown filter "nope"',
    );
    expect(render(text.split('\n').slice(0, 4).join('\n'))).toBe(
      [
        'run-name: ${{ inputs.command }} ${{ inputs.environment }} [${{ inputs.correlation_id }}]',
        'if: ${{',
        "  github.ref == 'refs/heads/main' }}",
        'region: "eu-west-1"',
      ].join('\n'),
    );
  });

  it('treats form values as data: template syntax inside them is never evaluated', () => {
    const values = {
      a: '{{ 7 * 7 }}',
      b: '{% raw %}x',
      c: '${{ secrets.TOKEN }}',
      d: 'GHAEXPR0000000000000000N0E',
    };
    const out = render(
      'a: {{ values.a | yaml }}\nb: {{ values.b | yaml }}\nc: {{ values.c | yaml }}\nd: {{ values.d | yaml }}\n',
      { values },
    );
    expect(parseYaml(out)).toEqual(values);
  });

  it.each([
    [
      'an unknown filter, even in a branch not taken',
      '\n{% if false %}\n{{ values.name | hlc }}{% endif %}',
      3,
      'unknown filter "hlc"',
    ],
    [
      'an unknown test',
      '{% if values.name is nonsense %}{% endif %}',
      1,
      'unknown test "nonsense"',
    ],
    [
      'an undefined variable',
      'a\n{{ valeus.region | hcl }}',
      2,
      'undefined variable "valeus"',
    ],
    [
      'an undefined variable in a condition',
      '\n\n{% if enabled %}x{% endif %}',
      3,
      'undefined variable "enabled"',
    ],
    [
      'output of an undefined field',
      '\n{{ values.regoin }}',
      2,
      'the expression is undefined or null',
    ],
    [
      'a filter given an undefined field',
      '{{ values.regoin | hcl }}',
      1,
      'the hcl filter got an undefined value (is the field or variable set?)',
    ],
    [
      'a member of an undefined field',
      '\n{{ values.regoin.name }}',
      2,
      'cannot read "name" of an undefined value',
    ],
    ['a syntax error', 'a\n{% if %}', 2, 'unexpected token: %}'],
    [
      'an include',
      '{% include "other.njk" %}',
      1,
      'include, import and extends are not supported: each stack file is rendered on its own',
    ],
  ])('reports %s with the file and line', (_name, text, line, reason) => {
    expect(renderError(text).message).toBe(
      `skeleton/main.tf.njk:${line}: ${reason}`,
    );
  });

  it('names the environment of a per-environment file', () => {
    expect(renderError('{{ nope }}', 'staging').message).toBe(
      'skeleton/main.tf.njk:1 (environment staging): undefined variable "nope"',
    );
  });

  it('refuses a GitHub expression that a filter changed', () => {
    expect(renderError('{{ "${{ github.sha }}" | upper }}').message).toMatch(
      /GitHub Actions expression .* was changed by a filter/,
    );
  });
});
