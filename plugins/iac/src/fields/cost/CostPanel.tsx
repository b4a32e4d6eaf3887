import { JsonObject } from '@backstage/types';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { formatMoney } from '../pricing/formatMoney';
import { useCostEstimate } from './useCostEstimate';

export interface CostPanelProps {
  templateRef: string;
  /** Every value of the form so far, from all its steps. */
  values: JsonObject;
}

/** The monthly cost of what the form describes, per environment, updated as it changes. */
export const CostPanel = ({ templateRef, values }: CostPanelProps) => {
  const { estimate, loading, error } = useCostEstimate(templateRef, values);
  const region = typeof values.region === 'string' ? values.region : undefined;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Estimated monthly cost"
    >
      <Box p={2}>
        <Typography variant="h6" component="h3">
          Estimated monthly cost
        </Typography>
        {loading ? <LinearProgress aria-label="Updating the estimate" /> : null}
        {error ? (
          <Alert severity="info">No estimate yet: {error.message}</Alert>
        ) : null}
        {estimate && !error ? (
          <>
            <Typography variant="h4" component="p" data-testid="cost-total">
              {formatMoney(estimate.total, estimate.currency)}
            </Typography>
            <Table size="small" aria-label="Monthly cost per environment">
              <TableBody>
                {estimate.environments.map(environment => (
                  <TableRow key={environment.name}>
                    <TableCell component="th" scope="row">
                      {environment.name}
                    </TableCell>
                    <TableCell align="right">
                      {formatMoney(environment.total, estimate.currency)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="caption" color="textSecondary">
              On-demand list prices{region ? ` in ${region}` : ''}, from the
              same price table as the estimate in the pull request and the
              stack's TechDocs.
            </Typography>
          </>
        ) : null}
      </Box>
    </Paper>
  );
};
