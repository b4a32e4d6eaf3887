import { unprocessable } from '../http/errors';
import { Store } from '../state/store';
import { Conclusion, JobPlan, Repository, WorkflowRun } from '../state/records';
import { WorkflowTiming } from '../types';
import { definitionAt, findWorkflow } from './workflows';
import { resolveInputs, substituteExpressions } from './workflowFile';

export const ARTIFACT_NAME = 'iac-outputs';

export interface DispatchRequest {
  workflowId: string;
  ref: string;
  inputs: Record<string, unknown>;
}

/** `main`, `refs/heads/main` or a tag: GitHub resolves branches before tags. */
function resolveRef(
  repo: Repository,
  ref: string,
): { name: string; sha: string } | undefined {
  const candidates = ref.startsWith('refs/')
    ? [ref]
    : [`refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const candidate of candidates) {
    const sha = repo.refs.get(candidate);
    if (sha) {
      return { name: candidate.replace(/^refs\/(heads|tags)\//, ''), sha };
    }
  }
  return undefined;
}

/** Creates a run as `POST .../dispatches` does; it then moves on with the clock. */
export function dispatchRun(
  store: Store,
  repo: Repository,
  timing: WorkflowTiming,
  request: DispatchRequest,
): WorkflowRun {
  const ref = resolveRef(repo, request.ref);
  if (!ref) {
    throw unprocessable(`No ref found for: ${request.ref}`);
  }
  const workflow = findWorkflow(repo, store.ids, request.workflowId, true);
  const definition = definitionAt(repo, ref.sha, workflow);
  if (definition && !definition.dispatchInputs) {
    throw unprocessable("Workflow does not have 'workflow_dispatch' trigger");
  }
  const inputs = definition?.dispatchInputs
    ? resolveInputs(definition.dispatchInputs, request.inputs)
    : Object.fromEntries(
        Object.entries(request.inputs).map(([k, v]) => [k, String(v)]),
      );
  const expressions = { inputs, refName: ref.name, actor: store.viewer.login };

  const jobs: JobPlan[] = (
    definition?.jobs.length
      ? definition.jobs
      : [{ name: 'run', labels: ['ubuntu-latest'], steps: [] }]
  ).map(job => ({
    ...store.ids.take('job'),
    name: substituteExpressions(job.name, expressions),
    labels: job.labels,
    steps: ['Set up job', ...job.steps, 'Complete job'],
  }));

  const fileName = workflow.path.split('/').pop()!;
  const outcome = store.outcomeFor(repo, [fileName, String(workflow.id)]) ?? {
    conclusion: 'success' as Conclusion,
    outputs: {},
  };
  const createdMs = Date.now();
  const run: WorkflowRun = {
    ...store.ids.take('run'),
    runNumber: repo.runs.filter(r => r.workflow === workflow).length + 1,
    workflow,
    displayTitle: definition?.runName
      ? substituteExpressions(definition.runName, expressions)
      : workflow.name,
    event: 'workflow_dispatch',
    headBranch: ref.name,
    headSha: ref.sha,
    actor: store.viewer,
    inputs,
    createdMs,
    startedMs: createdMs + timing.queuedMs,
    completedMs: createdMs + timing.queuedMs + timing.inProgressMs,
    outcome,
    jobs,
    artifact:
      outcome.conclusion === 'success'
        ? { ...store.ids.take('artifact'), name: ARTIFACT_NAME }
        : undefined,
  };
  repo.runs.push(run);
  return run;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed';

export interface RunState {
  status: RunStatus;
  conclusion: Conclusion | null;
  /** When the state last changed, epoch ms. */
  updatedMs: number;
}

/** Where a run stands at a moment: queued, then in progress, then completed. */
export function runState(run: WorkflowRun, now = Date.now()): RunState {
  if (now >= run.completedMs) {
    return {
      status: 'completed',
      conclusion: run.outcome.conclusion,
      updatedMs: run.completedMs,
    };
  }
  if (now >= run.startedMs) {
    return {
      status: 'in_progress',
      conclusion: null,
      updatedMs: run.startedMs,
    };
  }
  return { status: 'queued', conclusion: null, updatedMs: run.createdMs };
}

/** The artifact exists once a successful run has completed, as after an upload. */
export function visibleArtifact(run: WorkflowRun, now = Date.now()) {
  return runState(run, now).status === 'completed' ? run.artifact : undefined;
}
