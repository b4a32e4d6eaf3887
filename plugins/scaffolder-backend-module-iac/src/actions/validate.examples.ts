import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Validate the whole workspace and fail the task on any problem',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'iac:validate',
          name: 'Validate the generated code',
        },
      ],
    }),
  },
  {
    description:
      'Run some checks on a subfolder and only report the problems (for example in the pull request body)',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'iac:validate',
          name: 'Validate the infrastructure code',
          input: {
            path: 'infrastructure',
            checkers: ['hcl', 'opentofu', 'github-workflows', 'catalog-info'],
            failOnFindings: false,
          },
        },
      ],
    }),
  },
  {
    description:
      'Check the resource types of the rendered manifest against the modules',
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
        {
          id: 'validate',
          action: 'iac:validate',
          name: 'Validate the generated code',
          input: {
            manifest: '${{ steps.render.output.manifest }}',
          },
        },
      ],
    }),
  },
];
