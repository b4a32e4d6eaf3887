import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const render = {
  id: 'render',
  action: 'iac:render',
  name: 'Render the infrastructure code',
  input: {
    stack: 'billpay-infrastructure',
    environments: ['dev', 'prod'],
    values: {
      name: 'billpay',
      owner: 'team-payments',
      cidr: '10.20.0.0/16',
      region: 'eu-west-1',
    },
  },
};

export const examples: TemplateExample[] = [
  {
    description:
      'Check the rendered stack against the policies and fail the task on a violation',
    example: yaml.stringify({
      steps: [
        render,
        {
          id: 'policy',
          action: 'iac:policy:check',
          name: 'Check the governance policies',
          input: { manifest: '${{ steps.render.output.manifest }}' },
        },
      ],
    }),
  },
  {
    description:
      'Let the violations of some rules through with a reason, recorded in the summary',
    example: yaml.stringify({
      steps: [
        render,
        {
          id: 'policy',
          action: 'iac:policy:check',
          name: 'Check the governance policies',
          input: {
            manifest: '${{ steps.render.output.manifest }}',
            override: {
              reason:
                'Load test environment, removed again on Friday (CHG-1234)',
              rules: ['instance-types', 'prod-resilience'],
            },
          },
        },
      ],
    }),
  },
];
