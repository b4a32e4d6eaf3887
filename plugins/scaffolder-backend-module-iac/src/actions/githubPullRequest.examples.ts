import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Open a pull request with the rendered stack on a new branch',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'iac:github:pullRequest',
          name: 'Open the pull request',
          input: {
            repoUrl: 'github.com?owner=acme&repo=billpay-infra',
            branchName: 'iac/billpay',
            title: 'BillPay infrastructure: billpay',
            labels: ['infrastructure'],
          },
        },
      ],
    }),
  },
  {
    description:
      'Create the repository when missing and show the manifest, cost, validation and policy check in the body',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'iac:github:pullRequest',
          name: 'Open the pull request',
          input: {
            repoUrl: 'github.com?owner=acme&repo=new-infra',
            createRepository: true,
            branchName: 'iac/new-infra',
            title: 'New infrastructure',
            manifest: '${{ steps.render.output.manifest }}',
            cost: '${{ steps.render.output.cost }}',
            validationSummary: '${{ steps.validate.output.summary }}',
            policySummary: '${{ steps.policy.output.summary }}',
          },
        },
      ],
    }),
  },
];
