import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Run the plan of the dev environment on the branch of the pull request',
    example: yaml.stringify({
      steps: [
        {
          id: 'plan',
          action: 'iac:github:workflowRun',
          name: 'Run the plan workflow',
          input: {
            repoUrl: 'github.com?owner=acme&repo=billpay-infra',
            workflowId: 'iac-apply.yml',
            ref: 'iac/billpay',
            environment: 'dev',
            command: 'plan',
          },
        },
      ],
    }),
  },
  {
    description: 'Apply prod from main and keep going when the run fails',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply',
          action: 'iac:github:workflowRun',
          name: 'Apply prod',
          input: {
            repoUrl: 'github.com?owner=acme&repo=billpay-infra',
            workflowId: 'iac-apply.yml',
            ref: 'main',
            environment: 'prod',
            command: 'apply',
            timeoutMinutes: 120,
            failOnConclusion: false,
          },
        },
      ],
    }),
  },
];
