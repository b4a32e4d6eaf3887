import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isIacStack } from './annotations';

export const infrastructureEntityContent = EntityContentBlueprint.make({
  name: 'infrastructure',
  params: {
    path: 'infrastructure',
    title: 'Infrastructure',
    filter: isIacStack,
    loader: () =>
      import('./InfrastructureContent').then(m => <m.InfrastructureContent />),
  },
});
