import { Content } from '@backstage/core-components';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import Grid from '@material-ui/core/Grid';
import { ResourcesByEnvironmentCard } from './ResourcesByEnvironmentCard';
import { WorkflowRunsCard } from './WorkflowRunsCard';

/** The Infrastructure tab of a stack's System: its resources, its runs and how it all relates. */
export const InfrastructureContent = () => (
  <Content>
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ResourcesByEnvironmentCard />
      </Grid>
      <Grid item xs={12}>
        <WorkflowRunsCard />
      </Grid>
      <Grid item xs={12}>
        <EntityCatalogGraphCard title="Relations" height={480} />
      </Grid>
    </Grid>
  </Content>
);
