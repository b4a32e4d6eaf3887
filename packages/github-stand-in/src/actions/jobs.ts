import { isoSeconds } from '../state/clock';
import { Conclusion, JobPlan, WorkflowRun } from '../state/records';
import { runState, RunStatus } from './runs';

export interface StepState {
  name: string;
  number: number;
  status: RunStatus;
  conclusion: Conclusion | null;
  startedMs: number | null;
  completedMs: number | null;
}

export interface JobState {
  status: RunStatus;
  conclusion: Conclusion | null;
  startedMs: number;
  completedMs: number | null;
  steps: StepState[];
}

/**
 * A job's progress, derived from its run's clock: jobs run side by side
 * over the run's in-progress time, steps one after the other. In a failed
 * run the last job fails at its last step before `Complete job`.
 */
export function jobState(
  run: WorkflowRun,
  job: JobPlan,
  now = Date.now(),
): JobState {
  const current = runState(run, now);
  const failing =
    run.outcome.conclusion === 'failure' &&
    job === run.jobs[run.jobs.length - 1];
  const failedStep = failing ? Math.max(job.steps.length - 2, 0) : -1;
  if (current.status === 'queued') {
    return {
      status: 'queued',
      conclusion: null,
      startedMs: run.createdMs,
      completedMs: null,
      steps: [],
    };
  }
  const slice = (run.completedMs - run.startedMs) / job.steps.length;
  const steps = job.steps.map((name, index): StepState => {
    const startedMs = Math.round(run.startedMs + slice * index);
    const completedMs = Math.round(run.startedMs + slice * (index + 1));
    const done = current.status === 'completed' || now >= completedMs;
    const started = done || now >= startedMs;
    let status: RunStatus = 'queued';
    if (done) {
      status = 'completed';
    } else if (started) {
      status = 'in_progress';
    }
    let conclusion: Conclusion | null = null;
    if (done) {
      conclusion = index === failedStep ? 'failure' : 'success';
    }
    return {
      name,
      number: index + 1,
      status,
      conclusion,
      startedMs: started ? startedMs : null,
      completedMs: done ? completedMs : null,
    };
  });
  const completed = current.status === 'completed';
  let jobConclusion: Conclusion | null = null;
  if (completed) {
    jobConclusion = failing ? 'failure' : 'success';
  }
  return {
    status: current.status,
    conclusion: jobConclusion,
    startedMs: run.startedMs,
    completedMs: completed ? run.completedMs : null,
    steps,
  };
}

/** The plain-text log GitHub keeps for a job, one line per event. */
export function jobLog(
  run: WorkflowRun,
  job: JobPlan,
  now = Date.now(),
): string {
  const state = jobState(run, job, now);
  const lines = [
    `${isoSeconds(
      state.startedMs,
    )} LOCAL SANDBOX: simulated by the GitHub stand-in, nothing was executed.`,
    `${isoSeconds(state.startedMs)} Job '${job.name}' of run ${run.id} (${
      run.displayTitle
    })`,
    `${isoSeconds(state.startedMs)} Runner labels: ${job.labels.join(', ')}`,
    `${isoSeconds(state.startedMs)} Inputs: ${JSON.stringify(run.inputs)}`,
  ];
  for (const step of state.steps) {
    if (step.startedMs !== null) {
      lines.push(`${isoSeconds(step.startedMs)} ##[group]${step.name}`);
    }
    if (step.completedMs !== null) {
      lines.push(`${isoSeconds(step.completedMs)} ##[endgroup]`);
      if (step.conclusion === 'failure') {
        lines.push(
          `${isoSeconds(
            step.completedMs,
          )} ##[error]Process completed with exit code 1.`,
        );
      }
    }
  }
  if (state.completedMs !== null) {
    lines.push(
      `${isoSeconds(state.completedMs)} Job ${
        state.conclusion === 'failure' ? 'failed' : 'succeeded'
      }`,
    );
  }
  return `${lines.join('\n')}\n`;
}
