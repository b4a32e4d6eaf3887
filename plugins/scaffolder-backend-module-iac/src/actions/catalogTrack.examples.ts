import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Track a freshly proposed stack right after its pull request',
    example: yaml.stringify({
      steps: [
        {
          id: 'track',
          action: 'iac:catalog:track',
          name: 'Track the stack in the catalog',
          input: {
            system: {
              name: 'billpay',
              title: 'BillPay',
              owner: 'group:default/platform-team',
              domain: 'payments',
            },
            repoUrl: 'github.com?owner=acme&repo=billpay-infra',
            manifest: [
              { name: 'billpay-dev-vpc', type: 'vpc', environment: 'dev', module: 'networking', tfType: 'aws_vpc' },
              {
                name: 'billpay-dev-eks',
                type: 'eks-cluster',
                environment: 'dev',
                module: 'eks',
                tfType: 'aws_eks_cluster',
                dependsOn: ['billpay-dev-vpc'],
              },
            ],
          },
        },
      ],
    }),
  },
  {
    description: 'Update the stack after an apply with the workflow outputs (ARNs, endpoints)',
    example: yaml.stringify({
      steps: [
        {
          id: 'track',
          action: 'iac:catalog:track',
          name: 'Record what the apply created',
          input: {
            system: { name: 'billpay', owner: 'platform-team' },
            manifest: '${{ steps.render.output.manifest }}',
            workflowRunUrl: '${{ steps.apply.output.runUrl }}',
            workflowOutputs: '${{ steps.apply.output.outputs }}',
            appliedEnvironment: 'dev',
          },
        },
      ],
    }),
  },
];
