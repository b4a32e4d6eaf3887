import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Render a stack for two environments into the workspace',
    example: yaml.stringify({
      steps: [
        {
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
        },
      ],
    }),
  },
  {
    description:
      'Render every environment into a subfolder, with an optional part of the stack switched on',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'iac:render',
          name: 'Render the infrastructure code',
          input: {
            stack: 'billpay-infrastructure',
            environments: ['dev', 'staging', 'prod'],
            targetPath: 'infrastructure',
            values: {
              name: 'billpay',
              owner: 'team-payments',
              cidr: '10.30.0.0/16',
              region: 'us-east-1',
              withBucket: true,
            },
          },
        },
      ],
    }),
  },
];
