import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { iacApiRef } from '../api';
import { RunStatus } from './RunStatus';

const started = (iso: string) => new Date(iso).toLocaleString();

/** The latest workflow runs of the stack's repository, each linked to its page and logs. */
export const WorkflowRunsCard = () => {
  const { entity } = useEntity();
  const iacApi = useApi(iacApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => iacApi.listWorkflowRuns(entityRef),
    [iacApi, entityRef],
  );

  let content;
  if (loading && !value) {
    content = <Progress />;
  } else if (error) {
    content = (
      <WarningPanel
        title="The workflow runs cannot be shown"
        message={error.message}
      />
    );
  } else if (!value?.runs.length) {
    content = (
      <Typography>{value?.repository} has no workflow runs yet.</Typography>
    );
  } else {
    content = (
      <Table size="small" aria-label="Workflow runs">
        <TableHead>
          <TableRow>
            <TableCell>Run</TableCell>
            <TableCell>Workflow</TableCell>
            <TableCell>Branch</TableCell>
            <TableCell>Result</TableCell>
            <TableCell>Started</TableCell>
            <TableCell>Log</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value.runs.map(run => (
            <TableRow key={run.id}>
              <TableCell>{run.title}</TableCell>
              <TableCell>{run.workflow}</TableCell>
              <TableCell>{run.branch}</TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                <RunStatus run={run} />
              </TableCell>
              <TableCell>{started(run.createdAt)}</TableCell>
              <TableCell>
                <Link
                  to={run.url}
                  aria-label={`Log of run ${run.id}: ${run.title}`}
                >
                  View log
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <InfoCard
      title="Workflow runs"
      subheader={value?.repository}
      action={
        <IconButton aria-label="Refresh the workflow runs" onClick={retry}>
          <RefreshIcon />
        </IconButton>
      }
    >
      {content}
    </InfoCard>
  );
};
