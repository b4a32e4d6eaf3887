import { FilterCase, toTemplateFilterExamples } from '../filterExamples';

export const yamlCases: FilterCase[] = [
  {
    description: 'A string becomes a double-quoted scalar',
    input: 'team-payments',
    output: '"team-payments"',
  },
  {
    description: 'Words YAML would read as booleans or null stay strings',
    input: 'yes',
    output: '"yes"',
  },
  {
    description: 'Anchors, aliases, comments and document markers stay text',
    input: '&a *a # --- ',
    output: '"&a *a # --- "',
  },
  {
    description: 'Lists and objects become flow collections',
    input: { owners: ['alice', 'bob'], replicas: 2 },
    output: '{ "owners": ["alice", "bob"], "replicas": 2 }',
  },
];

export const yamlExamples = toTemplateFilterExamples('yaml', yamlCases);
