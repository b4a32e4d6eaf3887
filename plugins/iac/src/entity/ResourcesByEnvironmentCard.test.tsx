import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { ResourcesByEnvironmentCard } from './ResourcesByEnvironmentCard';

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'core',
    namespace: 'default',
    annotations: { 'iac-portal.io/stack': 'core' },
  },
  spec: { owner: 'group:default/platform-team' },
};

function resource(name: string, environment: string, cost: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'iac-portal.io/environment': environment,
        'iac-portal.io/status': 'planned',
        'iac-portal.io/monthly-cost': cost,
      },
    },
    spec: {
      type: 'nat-gateway',
      owner: 'group:default/platform-team',
      system: 'system:default/core',
    },
    relations: [{ type: 'partOf', targetRef: 'system:default/core' }],
  };
}

describe('ResourcesByEnvironmentCard', () => {
  it("lists the System's resources per environment with status and cost", async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn().mockResolvedValue({
        items: [
          resource('core-prod-nat', 'prod', '65.70'),
          resource('core-dev-nat', 'dev', '32.85'),
        ],
      }),
    });
    await renderInTestApp(
      <EntityProvider entity={system}>
        <ResourcesByEnvironmentCard />
      </EntityProvider>,
      {
        apis: [[catalogApiRef, catalogApi]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    const dev = await screen.findByRole('region', { name: 'Environment dev' });
    expect(
      within(dev).getByText('1 resources, 32.85 a month'),
    ).toBeInTheDocument();
    expect(within(dev).getByText('core-dev-nat')).toBeInTheDocument();
    expect(within(dev).getByText('planned')).toBeInTheDocument();
    const prod = screen.getByRole('region', { name: 'Environment prod' });
    expect(within(prod).getByText('65.70')).toBeInTheDocument();
    expect(catalogApi.getEntities).toHaveBeenCalledWith({
      filter: { kind: 'Resource', 'relations.partOf': 'system:default/core' },
    });
  });
});
