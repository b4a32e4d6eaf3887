import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { createGithubClient } from '../lib/github/client';
import { runWorkflow } from '../lib/github/workflowRun';
import {
  StandInContext,
  fastGithubOptions,
  startStandInWithIntegration,
} from '../__testUtils__/githubStandIn';
import { createIacGithubWorkflowRunAction } from './githubWorkflowRun';

jest.setTimeout(60_000);

const WORKFLOW = `name: Apply
run-name: \${{ inputs.command }} \${{ inputs.environment }} [\${{ inputs.correlation_id }}]
on:
  workflow_dispatch:
    inputs:
      environment: { type: string, required: true }
      command: { type: string, required: true }
      correlation_id: { type: string, required: true }
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - run: echo apply
`;

describe('iac:github:workflowRun', () => {
  let context: StandInContext;

  async function start(workflowTiming?: { queuedMs: number; inProgressMs: number }) {
    context = await startStandInWithIntegration(workflowTiming && { workflowTiming });
    context.standIn.commitFiles('acme', 'infra', {
      branch: 'main',
      files: { '.github/workflows/iac-apply.yml': WORKFLOW },
    });
  }

  beforeEach(() => start());
  afterEach(async () => {
    const violations = context.standIn.violations;
    await context.standIn.close();
    // Every request the action made was one GitHub's OpenAPI description allows.
    if (violations.length) throw new Error(`OpenAPI violations: ${JSON.stringify(violations)}`);
  });

  async function run(input: Record<string, unknown>) {
    const logger = mockServices.logger.mock();
    const action = createIacGithubWorkflowRunAction({
      integrations: context.integrations,
      ...fastGithubOptions,
    });
    const ctx = createMockActionContext({
      input: {
        repoUrl: 'github.com?owner=acme&repo=infra',
        workflowId: 'iac-apply.yml',
        ref: 'main',
        environment: 'dev',
        command: 'plan',
        ...input,
      } as any,
      logger: logger as any,
    });
    const result = action.handler(ctx as any);
    return {
      result,
      outputs: () => Object.fromEntries((ctx.output as jest.Mock).mock.calls),
      logs: () => (logger.info as jest.Mock).mock.calls.map(c => String(c[0])),
    };
  }

  it('follows a dispatched run to success and reads its outputs artifact', async () => {
    // Long enough phases that every status is seen however slow the machine is.
    await context.standIn.close();
    await start({ queuedMs: 800, inProgressMs: 1500 });
    context.standIn.setWorkflowOutcome({
      owner: 'acme',
      repo: 'infra',
      workflowId: 'iac-apply.yml',
      conclusion: 'success',
      outputs: { networking: { vpc_id: { value: 'vpc-0abc' } } },
      planSummary: 'networking: Plan: 12 to add, 0 to change, 0 to destroy.',
    });
    const { result, outputs, logs } = await run({});
    await result;

    const [run0] = context.standIn.listRuns('acme', 'infra');
    expect(run0.display_title).toBe('plan dev [mock-task-id-mock-step-id]');
    expect(outputs()).toMatchObject({
      runId: run0.id,
      runUrl: run0.html_url,
      conclusion: 'success',
      outputs: { networking: { vpc_id: { value: 'vpc-0abc' } } },
      planSummary: 'networking: Plan: 12 to add, 0 to change, 0 to destroy.',
    });
    const statusLines = logs().filter(l => l.startsWith(`Workflow run ${run0.id} is`));
    expect(statusLines.map(l => l.split(' ')[4].replace(':', ''))).toEqual(
      expect.arrayContaining(['queued', 'in_progress', 'completed']),
    );
  });

  it('fails the step with the run and its failed job when the run fails', async () => {
    context.standIn.setWorkflowOutcome({
      owner: 'acme',
      repo: 'infra',
      workflowId: 'iac-apply.yml',
      conclusion: 'failure',
    });
    const { result } = await run({ command: 'apply' });
    await expect(result).rejects.toThrow(
      /Workflow run http.*concluded with 'failure'; failed jobs: apply \(http/,
    );
  });

  it('reports a failed run without failing when told not to', async () => {
    context.standIn.setWorkflowOutcome({
      owner: 'acme',
      repo: 'infra',
      workflowId: 'iac-apply.yml',
      conclusion: 'failure',
    });
    const { result, outputs } = await run({ failOnConclusion: false });
    await result;
    expect(outputs().conclusion).toBe('failure');
  });

  it('dispatches once when a task resumes after a restart (checkpointed dispatch)', async () => {
    context.standIn.setWorkflowOutcome({ owner: 'acme', repo: 'infra', workflowId: 'iac-apply.yml', conclusion: 'success' });
    const stored = new Map<string, unknown>();
    const action = createIacGithubWorkflowRunAction({ integrations: context.integrations, ...fastGithubOptions });
    const makeContext = () => {
      const ctx = createMockActionContext({
        input: { repoUrl: 'github.com?owner=acme&repo=infra', workflowId: 'iac-apply.yml', ref: 'main', environment: 'dev' } as any,
      });
      ctx.checkpoint = (async ({ key, fn }: any) => {
        if (!stored.has(key)) stored.set(key, await fn());
        return stored.get(key);
      }) as any;
      return ctx;
    };
    await action.handler(makeContext() as any);
    await action.handler(makeContext() as any);
    expect(context.standIn.listRuns('acme', 'infra')).toHaveLength(1);
  });

  describe('faults', () => {
    it.each([
      ['a 502 on the dispatch', { route: 'actions/create-workflow-dispatch', status: 502 as const }],
      ['a 500 while following the run', { route: 'actions/get-workflow-run', status: 500 as const, times: 2 }],
      ['a secondary rate limit while following', { route: 'actions/get-workflow-run', kind: 'secondary-rate-limit' as const }],
      ['a timeout on the artifact list', { route: 'actions/list-workflow-run-artifacts', kind: 'timeout' as const }],
    ])('recovers from %s', async (_name, fault) => {
      context.standIn.setWorkflowOutcome({ owner: 'acme', repo: 'infra', workflowId: 'iac-apply.yml', conclusion: 'success' });
      context.standIn.injectFault(fault);
      const { result, outputs } = await run({});
      await result;
      expect(outputs().conclusion).toBe('success');
      expect(context.standIn.pendingFaults()).toEqual([]);
      expect(context.standIn.listRuns('acme', 'infra')).toHaveLength(1);
    });

    it('fails cleanly, naming the repository and status, when GitHub keeps failing', async () => {
      context.standIn.injectFault({ route: 'actions/create-workflow-dispatch', status: 500, times: 10 });
      const { result } = await run({});
      await expect(result).rejects.toThrow(/GitHub request for acme\/infra failed with status 500/);
      expect(context.standIn.listRuns('acme', 'infra')).toHaveLength(0);
      context.standIn.clearFaults();
    });
  });

  it('refuses a workflow id that is not a file name or a number', async () => {
    const { result } = await run({ workflowId: '../../evil' });
    await expect(result).rejects.toThrow("workflowId: '../../evil' is not a workflow file name or id");
  });

  it('finds the run by its correlation id when the server does not return run details', async () => {
    context.standIn.setWorkflowOutcome({ owner: 'acme', repo: 'infra', workflowId: 'iac-apply.yml', conclusion: 'success' });
    const logger = mockServices.logger.mock();
    const repo = { host: 'github.com', owner: 'acme', repo: 'infra' };
    const { octokit } = await createGithubClient(repo, {
      integrations: context.integrations,
      logger,
      ...fastGithubOptions,
    });
    // An older GitHub Enterprise server ignores return_run_details and answers 204.
    octokit.hook.before('request', options => {
      delete (options as any).return_run_details;
    });
    const result = await runWorkflow(octokit, {
      repo,
      workflowId: 'iac-apply.yml',
      ref: 'main',
      inputs: { environment: 'dev', command: 'plan' },
      correlationId: 'task-42-plan',
      timeoutMs: 30_000,
      pollIntervalMs: 20,
      maxPollIntervalMs: 50,
      logger,
      checkpoint: (_key, fn) => fn(),
    });
    const [only] = context.standIn.listRuns('acme', 'infra');
    expect(result.runId).toBe(only.id);
    expect(result.conclusion).toBe('success');
    expect(
      context.standIn.requestLog.some(r => r.operationId === 'actions/list-workflow-runs'),
    ).toBe(true);
  });

  it('fails with the run URL when the run does not finish in time', async () => {
    await context.standIn.close();
    await start({ queuedMs: 60_000, inProgressMs: 60_000 });
    const logger = mockServices.logger.mock();
    const repo = { host: 'github.com', owner: 'acme', repo: 'infra' };
    const { octokit } = await createGithubClient(repo, { integrations: context.integrations, logger, ...fastGithubOptions });
    await expect(
      runWorkflow(octokit, {
        repo,
        workflowId: 'iac-apply.yml',
        ref: 'main',
        inputs: { environment: 'dev', command: 'plan' },
        correlationId: 'slow',
        timeoutMs: 500,
        pollIntervalMs: 20,
        maxPollIntervalMs: 50,
        logger,
        checkpoint: (_key, fn) => fn(),
      }),
    ).rejects.toThrow(/did not finish within 1 s \(last status: queued\): http/);
  });
});
