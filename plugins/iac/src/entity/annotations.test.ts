import { Entity } from '@backstage/catalog-model';
import { isIacStack } from './annotations';

const entity = (kind: string, annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'core', annotations },
});

describe('isIacStack', () => {
  it('is true for a System created from a stack only', () => {
    expect(
      isIacStack(entity('System', { 'iac-portal.io/stack': 'core' })),
    ).toBe(true);
    expect(isIacStack(entity('System', {}))).toBe(false);
    expect(
      isIacStack(entity('Resource', { 'iac-portal.io/stack': 'core' })),
    ).toBe(false);
  });
});
