// Dispatches a workflow, finds the run it started and follows it to its conclusion, then reads
// the run's `iac-outputs` artifact (see docs/workflow-contract.md).
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import { setTimeout as sleep } from 'node:timers/promises';
import { IacOctokitClient, errorStatus } from './client';
import type { GithubRepo } from './repoUrl';
import { readZip } from './zipReader';

export const OUTPUTS_ARTIFACT = 'iac-outputs';

export interface WorkflowRunRequest {
  repo: GithubRepo;
  workflowId: string;
  ref: string;
  inputs: Record<string, string>;
  /** Also sent as the `correlation_id` input; the workflow puts it in its run-name. */
  correlationId: string;
  timeoutMs: number;
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  logger: LoggerService;
  checkpoint: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
  signal?: AbortSignal;
}

export interface WorkflowRunResult {
  runId: number;
  runUrl: string;
  status: string;
  conclusion: string | null;
  outputs?: JsonObject;
  planSummary?: string;
  failedJobs: Array<{ name: string; url: string }>;
}

export class WorkflowRunTimeoutError extends Error {}

export async function runWorkflow(
  octokit: IacOctokitClient,
  request: WorkflowRunRequest,
): Promise<WorkflowRunResult> {
  const { repo, logger } = request;
  const deadline = Date.now() + request.timeoutMs;

  const dispatched = await request.checkpoint(
    `dispatch-${request.correlationId}`,
    async () => {
      // Runs created a little before our clock says "now" still count (clock skew).
      const since = new Date(Date.now() - 120_000).toISOString();
      const response = await octokit.request(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        {
          owner: repo.owner,
          repo: repo.repo,
          workflow_id: request.workflowId,
          ref: request.ref,
          inputs: { ...request.inputs, correlation_id: request.correlationId },
          return_run_details: true,
        } as any,
      );
      const data = (response as { data?: { workflow_run_id?: number } }).data;
      return { runId: data?.workflow_run_id ?? null, since };
    },
  );
  logger.info(
    `Dispatched workflow ${request.workflowId} on ${request.ref} (correlation id ${request.correlationId})`,
  );

  const runId =
    dispatched.runId ??
    (await request.checkpoint(`run-id-${request.correlationId}`, () =>
      findRunByCorrelationId(octokit, request, dispatched.since, deadline),
    ));

  let lastStatus = '';
  let interval = request.pollIntervalMs;
  for (;;) {
    const { data: run } = await octokit.actions.getWorkflowRun({
      owner: repo.owner,
      repo: repo.repo,
      run_id: runId,
    });
    if (run.status !== lastStatus) {
      lastStatus = run.status ?? '';
      logger.info(`Workflow run ${run.id} is ${lastStatus}: ${run.html_url}`);
    }
    if (run.status === 'completed') {
      logger.info(`Workflow run ${run.id} concluded: ${run.conclusion}`);
      const artifact = await readOutputsArtifact(octokit, repo, run.id, logger);
      const failedJobs =
        run.conclusion === 'success' ? [] : await listFailedJobs(octokit, repo, run.id);
      return {
        runId: run.id,
        runUrl: run.html_url,
        status: run.status,
        conclusion: run.conclusion,
        failedJobs,
        ...artifact,
      };
    }
    if (Date.now() + interval > deadline) {
      throw new WorkflowRunTimeoutError(
        `Workflow run ${run.id} did not finish within ${Math.round(request.timeoutMs / 1000)} s (last status: ${lastStatus}): ${run.html_url}`,
      );
    }
    await sleep(interval, undefined, { signal: request.signal });
    interval = Math.min(Math.ceil(interval * 1.5), request.maxPollIntervalMs);
  }
}

async function findRunByCorrelationId(
  octokit: IacOctokitClient,
  request: WorkflowRunRequest,
  since: string,
  deadline: number,
): Promise<number> {
  const marker = `[${request.correlationId}]`;
  let interval = request.pollIntervalMs;
  for (;;) {
    const { data } = await octokit.actions.listWorkflowRuns({
      owner: request.repo.owner,
      repo: request.repo.repo,
      workflow_id: request.workflowId,
      event: 'workflow_dispatch',
      created: `>=${since}`,
      per_page: 50,
    });
    const run = data.workflow_runs.find(
      r => r.display_title?.includes(marker) || r.name?.includes(marker),
    );
    if (run) return run.id;
    if (Date.now() + interval > deadline) {
      throw new WorkflowRunTimeoutError(
        `No run of ${request.workflowId} with correlation id ${request.correlationId} appeared; does its run-name include the correlation_id input?`,
      );
    }
    await sleep(interval, undefined, { signal: request.signal });
    interval = Math.min(Math.ceil(interval * 1.5), request.maxPollIntervalMs);
  }
}

async function readOutputsArtifact(
  octokit: IacOctokitClient,
  repo: GithubRepo,
  runId: number,
  logger: LoggerService,
): Promise<{ outputs?: JsonObject; planSummary?: string }> {
  const { data } = await octokit.actions.listWorkflowRunArtifacts({
    owner: repo.owner,
    repo: repo.repo,
    run_id: runId,
    name: OUTPUTS_ARTIFACT,
  });
  const artifact = data.artifacts.find(a => a.name === OUTPUTS_ARTIFACT && !a.expired);
  if (!artifact) {
    logger.info(`Workflow run ${runId} uploaded no ${OUTPUTS_ARTIFACT} artifact`);
    return {};
  }
  let archive: Buffer;
  try {
    const response = await octokit.actions.downloadArtifact({
      owner: repo.owner,
      repo: repo.repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
    });
    archive = Buffer.from(response.data as ArrayBuffer);
  } catch (error) {
    if (errorStatus(error) === 410) return {};
    throw error;
  }
  const files = readZip(archive);
  const result: { outputs?: JsonObject; planSummary?: string } = {};
  const outputs = files.get('outputs.json');
  if (outputs) {
    try {
      result.outputs = JSON.parse(outputs.toString('utf8'));
    } catch {
      logger.warn(`outputs.json of run ${runId} is not valid JSON; ignored`);
    }
  }
  const summary = files.get('plan-summary.md');
  if (summary) result.planSummary = summary.toString('utf8');
  logger.info(`Read ${OUTPUTS_ARTIFACT} of run ${runId} (${files.size} files)`);
  return result;
}

async function listFailedJobs(
  octokit: IacOctokitClient,
  repo: GithubRepo,
  runId: number,
): Promise<Array<{ name: string; url: string }>> {
  const { data } = await octokit.actions.listJobsForWorkflowRun({
    owner: repo.owner,
    repo: repo.repo,
    run_id: runId,
  });
  return data.jobs
    .filter(job => job.conclusion && job.conclusion !== 'success' && job.conclusion !== 'skipped')
    .map(job => ({ name: job.name, url: job.html_url ?? '' }));
}
