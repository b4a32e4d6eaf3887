import { FilterCase, toTemplateFilterExamples } from '../filterExamples';

export const markdownCases: FilterCase[] = [
  {
    description: 'Plain words stay as they are',
    input: 'BillPay infrastructure',
    output: 'BillPay infrastructure',
  },
  {
    description: 'Links and HTML become visible text',
    input: '[x](https://evil.example) <b>',
    output: '\\[x\\]\\(https\\:\\/\\/evil\\.example\\) \\<b\\>',
  },
  {
    description: 'Line breaks become spaces, so a value cannot start a heading',
    input: 'title\n# heading',
    output: 'title \\# heading',
  },
];

export const markdownExamples = toTemplateFilterExamples(
  'markdown',
  markdownCases,
);
