import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import { WorkflowRun } from '../api';

/** A run's state in words: its conclusion once completed, otherwise its status. */
export const RunStatus = ({ run }: { run: WorkflowRun }) => {
  if (run.status !== 'completed') {
    return run.status === 'in_progress' ? (
      <StatusRunning>in progress</StatusRunning>
    ) : (
      <StatusPending>{run.status.replace(/_/g, ' ')}</StatusPending>
    );
  }
  switch (run.conclusion) {
    case 'success':
      return <StatusOK>success</StatusOK>;
    case 'failure':
    case 'timed_out':
    case 'startup_failure':
      return <StatusError>{run.conclusion.replace(/_/g, ' ')}</StatusError>;
    case 'cancelled':
    case 'skipped':
      return <StatusAborted>{run.conclusion}</StatusAborted>;
    default:
      return <StatusWarning>{run.conclusion ?? 'unknown'}</StatusWarning>;
  }
};
