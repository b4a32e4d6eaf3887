import { Entity } from '@backstage/catalog-model';
import { groupByEnvironment } from './groupByEnvironment';

function resource(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'vpc', owner: 'group:default/platform-team' },
  };
}

describe('groupByEnvironment', () => {
  it('groups in environment order with each one’s status and cost', () => {
    const groups = groupByEnvironment([
      resource('core-prod-vpc', {
        'iac-portal.io/environment': 'prod',
        'iac-portal.io/status': 'planned',
        'iac-portal.io/monthly-cost': '10.10',
      }),
      resource('core-dev-vpc', {
        'iac-portal.io/environment': 'dev',
        'iac-portal.io/status': 'applied',
      }),
      resource('core-dev-nat', {
        'iac-portal.io/environment': 'dev',
        'iac-portal.io/status': 'applied',
        'iac-portal.io/monthly-cost': '32.85',
      }),
      resource('core-prod-nat', {
        'iac-portal.io/environment': 'prod',
        'iac-portal.io/monthly-cost': '65.70',
      }),
      resource('loose', {}),
    ]);
    expect(
      groups.map(g => [
        g.environment,
        g.resources.map(r => r.name),
        g.monthlyCost,
      ]),
    ).toEqual([
      ['dev', ['core-dev-nat', 'core-dev-vpc'], 32.85],
      ['prod', ['core-prod-nat', 'core-prod-vpc'], 75.8],
      ['no environment', ['loose'], 0],
    ]);
    expect(groups[0].resources[0]).toEqual({
      entityRef: 'resource:default/core-dev-nat',
      name: 'core-dev-nat',
      type: 'vpc',
      status: 'applied',
      monthlyCost: 32.85,
    });
    expect(groups[1].resources[0].status).toBe('unknown');
    expect(groups[0].resources[1].monthlyCost).toBeUndefined();
  });
});
