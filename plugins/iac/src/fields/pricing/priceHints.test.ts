import { PriceTable } from '../../api';
import { regionHint, unitHints } from './priceHints';

const table: PriceTable = {
  currency: 'USD',
  hoursPerMonth: 730,
  regions: { 'us-east-1': 1, 'sa-east-1': 1.55, 'eu-north-1': 0.95 },
  items: {
    'eks-control-plane': { hourly: 0.1, description: 'EKS control plane' },
    'ec2-instance': {
      description: 'EC2 on-demand instance',
      hourly: { 't3.medium': 0.0416 },
    },
    'managed-disk': { monthly: { 't3.medium': 2 } },
  },
};

describe('regionHint', () => {
  it('compares a region with the base prices', () => {
    expect(regionHint(table, 'us-east-1')).toBe('base prices');
    expect(regionHint(table, 'sa-east-1')).toBe('prices +55%');
    expect(regionHint(table, 'eu-north-1')).toBe('prices −5%');
    expect(regionHint(table, 'mars-1')).toBeUndefined();
  });
});

describe('unitHints', () => {
  it('prices a unit from every item that knows it, in the region', () => {
    expect(unitHints(table, 't3.medium')).toEqual([
      '0.0416 USD an hour, about 30.37 USD a month: EC2 on-demand instance',
      '2.00 USD a month',
    ]);
    expect(unitHints(table, 't3.medium', 'sa-east-1')[0]).toBe(
      '0.0645 USD an hour, about 47.07 USD a month: EC2 on-demand instance',
    );
  });

  it('has nothing to say about an unknown unit', () => {
    expect(unitHints(table, 'm9.huge')).toEqual([]);
  });
});
