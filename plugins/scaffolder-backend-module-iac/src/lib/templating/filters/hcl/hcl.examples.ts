import { FilterCase, toTemplateFilterExamples } from '../filterExamples';

export const hclCases: FilterCase[] = [
  {
    description: 'A string becomes a quoted HCL string',
    input: 'eu-west-1',
    output: '"eu-west-1"',
  },
  {
    description: 'Interpolation and directive openers are escaped',
    input: 'x-${var.secret}-%{if}',
    output: '"x-$${var.secret}-%%{if}"',
  },
  {
    description: 'Quotes, backslashes and line breaks are escaped',
    input: 'say "hi"\\\n',
    output: '"say \\"hi\\"\\\\\\n"',
  },
  {
    description: 'Numbers, booleans and null are written as they are',
    input: [3, 0.5, true, null],
    output: '[3, 0.5, true, null]',
  },
  {
    description: 'Objects become HCL objects with quoted keys',
    input: { team: 'payments', 'cost-center': 42 },
    output: '{ "team" = "payments", "cost-center" = 42 }',
  },
];

export const hclExamples = toTemplateFilterExamples('hcl', hclCases);
