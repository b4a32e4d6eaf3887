import { FilterCase, toTemplateFilterExamples } from '../filterExamples';

export const shellCases: FilterCase[] = [
  {
    description: 'A string becomes one single-quoted word',
    input: 'eu-west-1',
    output: "'eu-west-1'",
  },
  {
    description: 'Command substitution and separators stay text',
    input: '$(id); rm -rf /',
    output: "'$(id); rm -rf /'",
  },
  {
    description: 'A single quote is closed, escaped and reopened',
    input: "it's",
    output: "'it'\\''s'",
  },
  {
    description: 'A list becomes one word per item',
    input: ['plan', 'apply'],
    output: "'plan' 'apply'",
  },
];

export const shellExamples = toTemplateFilterExamples('shell', shellCases);
