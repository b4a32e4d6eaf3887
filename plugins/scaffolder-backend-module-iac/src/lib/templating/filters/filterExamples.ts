import { TemplateFilterExample } from '@backstage/plugin-scaffolder-node/alpha';

/** One documented input and output of a filter; the filter's tests check every case. */
export interface FilterCase {
  description: string;
  input: unknown;
  output: string;
}

/**
 * Turns filter cases into the examples shown by the scaffolder's templating extensions page:
 * a `fetch:template` skeleton line using the filter, with the input and the output.
 */
export function toTemplateFilterExamples(
  filter: string,
  cases: FilterCase[],
): TemplateFilterExample[] {
  return cases.map(c => ({
    description: c.description,
    example: `value = \${{ parameters.value | ${filter} }}`,
    notes: [
      `- **Input**: \`${JSON.stringify(c.input)}\``,
      `- **Output**: \`${c.output}\``,
    ].join('\n'),
  }));
}
