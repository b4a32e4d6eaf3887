import { FilterCase, toTemplateFilterExamples } from '../filterExamples';

export const jsonCases: FilterCase[] = [
  {
    description: 'A string becomes a JSON string',
    input: 'billpay "prod"',
    output: '"billpay \\"prod\\""',
  },
  {
    description: 'Objects and lists are written on one line',
    input: { name: 'billpay', zones: ['a', 'b'], public: false },
    output: '{"name":"billpay","zones":["a","b"],"public":false}',
  },
];

export const jsonExamples = toTemplateFilterExamples('json', jsonCases);
