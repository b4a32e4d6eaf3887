import { InputError } from '@backstage/errors';
import { estimateCost } from './estimateCost';
import { PriceTable } from '@internal/plugin-iac-common';

const table: PriceTable = {
  currency: 'USD',
  hoursPerMonth: 730,
  regions: { 'us-east-1': 1.0, 'eu-west-1': 1.08 },
  items: {
    'eks-control-plane': { hourly: 0.1, description: 'EKS control plane' },
    'ec2-instance': { hourly: { 't3.small': 0.0208, 't3.medium': 0.0416 } },
    'route53-zone': { monthly: 0.5 },
  },
};
const priceTable = { file: 'shared/pricing/aws.yaml', table };

const resources = [
  {
    name: 'billpay-dev-eks',
    environment: 'dev',
    cost: [
      { item: 'eks-control-plane', quantity: 1 },
      { item: 'ec2-instance', unit: 't3.medium', quantity: 2 },
    ],
  },
  { name: 'billpay-dev-vpc', environment: 'dev' },
  {
    name: 'billpay-prod-zone',
    environment: 'prod',
    cost: [{ item: 'route53-zone', quantity: 3 }],
  },
];

describe('estimateCost', () => {
  it('prices hourly, per-unit and monthly items, per environment and in total', () => {
    expect(
      estimateCost({ resources, environments: ['dev', 'prod'], priceTable }),
    ).toEqual({
      currency: 'USD',
      total: 135.24,
      environments: [
        {
          name: 'dev',
          total: 133.74,
          lines: [
            {
              resource: 'billpay-dev-eks',
              item: 'eks-control-plane',
              quantity: 1,
              monthly: 73,
            },
            {
              resource: 'billpay-dev-eks',
              item: 'ec2-instance',
              unit: 't3.medium',
              quantity: 2,
              monthly: 60.74,
            },
          ],
        },
        {
          name: 'prod',
          total: 1.5,
          lines: [
            {
              resource: 'billpay-prod-zone',
              item: 'route53-zone',
              quantity: 3,
              monthly: 1.5,
            },
          ],
        },
      ],
    });
  });

  it('applies the region multiplier', () => {
    const estimate = estimateCost({
      resources,
      environments: ['dev'],
      priceTable,
      region: 'eu-west-1',
    });
    // 73 * 1.08 = 78.84 and 60.736 * 1.08 = 65.59488
    expect(estimate.environments[0].lines.map(l => l.monthly)).toEqual([
      78.84, 65.59,
    ]);
    expect(estimate.total).toBe(144.43);
  });

  it('gives every selected environment an entry, with zero when nothing is priced', () => {
    expect(
      estimateCost({ resources: [], environments: ['dev', 'staging'] }),
    ).toEqual({
      currency: 'USD',
      total: 0,
      environments: [
        { name: 'dev', total: 0, lines: [] },
        { name: 'staging', total: 0, lines: [] },
      ],
    });
  });

  it.each([
    [
      'an unknown item',
      [{ item: 'gpu', quantity: 1 }],
      'Resource "r": unknown price item "gpu" (not in shared/pricing/aws.yaml)',
    ],
    [
      'an unknown unit',
      [{ item: 'ec2-instance', unit: 't3.huge', quantity: 1 }],
      'Resource "r": price item "ec2-instance" in shared/pricing/aws.yaml has no unit "t3.huge" (known units: t3.small, t3.medium)',
    ],
    [
      'a missing unit',
      [{ item: 'ec2-instance', quantity: 1 }],
      'Resource "r": price item "ec2-instance" in shared/pricing/aws.yaml is priced per unit: give a unit (one of t3.small, t3.medium)',
    ],
    [
      'a unit on an item without units',
      [{ item: 'route53-zone', unit: 'x', quantity: 1 }],
      'Resource "r": price item "route53-zone" in shared/pricing/aws.yaml has no units, but unit "x" was given',
    ],
  ])('refuses %s, naming the resource', (_name, cost, message) => {
    const run = () =>
      estimateCost({
        resources: [{ name: 'r', environment: 'dev', cost }],
        environments: ['dev'],
        priceTable,
      });
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });

  it('refuses an unknown region and a cost without a price table', () => {
    expect(() =>
      estimateCost({
        resources,
        environments: ['dev'],
        priceTable,
        region: 'mars-1',
      }),
    ).toThrow(
      'shared/pricing/aws.yaml: no price multiplier for region "mars-1" (known regions: us-east-1, eu-west-1)',
    );
    expect(() => estimateCost({ resources, environments: ['dev'] })).toThrow(
      'Resource "billpay-dev-eks" has a cost, but the stack\'s cloud has no price table',
    );
  });
});
