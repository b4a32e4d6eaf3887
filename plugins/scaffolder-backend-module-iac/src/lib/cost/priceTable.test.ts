import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { loadPriceTable, parsePriceTable, priceTablePath } from './priceTable';

describe('price table', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => mockDir.clear());

  it('loads the table of a cloud from the stacks folder, with the default hours per month', async () => {
    mockDir.setContent({
      'shared/pricing/aws.yaml': [
        'currency: USD',
        'regions:',
        '  us-east-1: 1.0',
        'items:',
        '  eks-control-plane: { hourly: 0.10, description: EKS control plane }',
        '  ec2-instance:',
        '    hourly: { t3.small: 0.0208 }',
        '  route53-zone: { monthly: 0.50 }',
      ].join('\n'),
    });
    expect(await loadPriceTable(mockDir.path, 'aws')).toEqual({
      file: 'shared/pricing/aws.yaml',
      table: {
        currency: 'USD',
        hoursPerMonth: 730,
        regions: { 'us-east-1': 1 },
        items: {
          'eks-control-plane': {
            hourly: 0.1,
            description: 'EKS control plane',
          },
          'ec2-instance': { hourly: { 't3.small': 0.0208 } },
          'route53-zone': { monthly: 0.5 },
        },
      },
    });
  });

  it('answers undefined when the cloud has no table', async () => {
    expect(await loadPriceTable(mockDir.path, 'gcp')).toBeUndefined();
  });

  it('refuses a cloud name that is not a plain name', () => {
    expect(() => priceTablePath('../aws')).toThrow(InputError);
  });

  it.each([
    ['a list', [], 'the price table must be a mapping'],
    ['no currency', { items: {} }, 'currency must be a non-empty string'],
    ['no items', { currency: 'USD' }, 'items must be a mapping of price items'],
    [
      'a bad region',
      { currency: 'USD', regions: { a: 0 }, items: {} },
      'regions must map each region to a positive multiplier',
    ],
    [
      'two prices',
      { currency: 'USD', items: { x: { hourly: 1, monthly: 2 } } },
      'item "x" must have exactly one of hourly or monthly',
    ],
    [
      'a negative price',
      { currency: 'USD', items: { x: { monthly: -1 } } },
      'item "x" must have a non-negative price',
    ],
    [
      'a bad unit price',
      { currency: 'USD', items: { x: { hourly: { a: 'x' } } } },
      'item "x" must have a non-negative price',
    ],
  ])('refuses a table with %s', (_name, data, message) => {
    expect(() => parsePriceTable(data, 'shared/pricing/aws.yaml')).toThrow(
      `shared/pricing/aws.yaml: ${message}`,
    );
  });
});
