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
    output: '\\[x\\]\\(https&#58;&#47;&#47;evil\\.example\\) &#60;b\\>',
  },
  {
    description: 'Line breaks become spaces, so a value cannot start a heading',
    input: 'title\n# heading',
    output: 'title \\# heading',
  },
  {
    description: 'Characters Python-Markdown does not unescape become character references',
    input: 'group:default/platform-team',
    output: 'group&#58;default&#47;platform\\-team',
  },
];

export const markdownExamples = toTemplateFilterExamples(
  'markdown',
  markdownCases,
);
