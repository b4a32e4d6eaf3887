import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { EnvironmentResources, groupByEnvironment } from './groupByEnvironment';
import { StatusChip } from './StatusChip';

const money = (amount: number) => amount.toFixed(2);

const EnvironmentSection = ({ group }: { group: EnvironmentResources }) => (
  <Box
    component="section"
    mb={3}
    aria-label={`Environment ${group.environment}`}
  >
    <Typography variant="h6" component="h3">
      {group.environment}
    </Typography>
    <Typography variant="body2" color="textSecondary">
      {group.resources.length} resources, {money(group.monthlyCost)} a month
    </Typography>
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>Resource</TableCell>
          <TableCell>Type</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Monthly cost</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {group.resources.map(resource => (
          <TableRow key={resource.entityRef}>
            <TableCell>
              <EntityRefLink
                entityRef={resource.entityRef}
                title={resource.title}
              />
            </TableCell>
            <TableCell>{resource.type}</TableCell>
            <TableCell>
              <StatusChip status={resource.status} />
            </TableCell>
            <TableCell align="right">
              {resource.monthlyCost === undefined
                ? ''
                : money(resource.monthlyCost)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);

/** The Resources of a stack's System, per environment, with their status and monthly cost. */
export const ResourcesByEnvironmentCard = () => {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const systemRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Resource', 'relations.partOf': systemRef },
    });
    return groupByEnvironment(items);
  }, [catalogApi, systemRef]);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value?.length) {
    content = (
      <Typography>
        The stack has no resources in the catalog yet; they appear once its pull
        request is tracked.
      </Typography>
    );
  } else {
    content = value.map(group => (
      <EnvironmentSection key={group.environment} group={group} />
    ));
  }
  return <InfoCard title="Resources by environment">{content}</InfoCard>;
};
