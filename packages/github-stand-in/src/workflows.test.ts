import { Octokit } from '@octokit/rest';
import { startGitHubStandIn } from './server';
import { readZipExternally } from './testing/externalUnzip';
import { failOnViolations } from './testing/violations';
import { GitHubStandIn } from './types';

jest.setTimeout(30_000);

const WORKFLOW = `name: IaC apply
run-name: \${{ inputs.command }} \${{ inputs.environment }} [\${{ inputs.correlation_id }}]
on:
  workflow_dispatch:
    inputs:
      environment:
        type: choice
        required: true
        options: [dev, staging, prod]
      command:
        type: string
        required: true
      correlation_id:
        type: string
        required: true
jobs:
  plan:
    name: plan \${{ inputs.environment }}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: tofu plan
        run: tofu plan
  apply:
    runs-on: [self-hosted, linux]
    steps:
      - run: |
          tofu apply
          echo done
`;

const owner = 'acme';
const repo = 'billpay-infra';
const inputs = {
  environment: 'dev',
  command: 'plan',
  correlation_id: 'corr-1',
};

describe('GitHub stand-in: workflow runs', () => {
  let standIn: GitHubStandIn;
  let octokit: Octokit;

  async function waitForCompletion(runId: number) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { data } = await octokit.actions.getWorkflowRun({
        owner,
        repo,
        run_id: runId,
      });
      if (data.status === 'completed') {
        return data;
      }
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    throw new Error(`run ${runId} did not complete`);
  }

  beforeAll(async () => {
    standIn = await startGitHubStandIn({
      log: () => {},
      workflowTiming: { queuedMs: 60, inProgressMs: 120 },
    });
    octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
    await octokit.repos.createInOrg({
      org: owner,
      name: repo,
      auto_init: true,
    });
    standIn.commitFiles(owner, repo, {
      files: {
        '.github/workflows/iac-apply.yml': WORKFLOW,
        '.github/workflows/lint.yml':
          'name: Lint\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n',
      },
    });
  });

  afterAll(() => standIn.close());

  afterEach(() => failOnViolations(standIn));

  it('lists the workflow files of the default branch', async () => {
    const { data } = await octokit.actions.listRepoWorkflows({ owner, repo });
    expect(data.workflows.map(w => [w.name, w.path])).toEqual([
      ['IaC apply', '.github/workflows/iac-apply.yml'],
      ['Lint', '.github/workflows/lint.yml'],
    ]);
    const { data: byName } = await octokit.actions.getWorkflow({
      owner,
      repo,
      workflow_id: 'iac-apply.yml',
    });
    const { data: byId } = await octokit.actions.getWorkflow({
      owner,
      repo,
      workflow_id: byName.id,
    });
    expect(byId.path).toBe('.github/workflows/iac-apply.yml');
  });

  it('runs a dispatched workflow to success and hands out its outputs and logs', async () => {
    const outputs = { networking: { vpc_id: { value: 'vpc-0123' } } };
    standIn.setWorkflowOutcome({
      owner,
      repo,
      workflowId: 'iac-apply.yml',
      conclusion: 'success',
      outputs,
    });
    const started = new Date();

    const details = { return_run_details: true };
    const dispatch = await octokit.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'iac-apply.yml',
      ref: 'main',
      inputs,
      ...details,
    });
    expect(dispatch.status).toBe(200);
    const {
      workflow_run_id: runId,
      run_url: runUrl,
      html_url: htmlUrl,
    } = dispatch.data as unknown as {
      workflow_run_id: number;
      run_url: string;
      html_url: string;
    };
    expect(runUrl).toBe(
      `${standIn.apiBaseUrl}/repos/${owner}/${repo}/actions/runs/${runId}`,
    );
    expect(htmlUrl).toBe(
      `${standIn.url}/${owner}/${repo}/actions/runs/${runId}`,
    );

    const done = await waitForCompletion(runId);
    expect(done.conclusion).toBe('success');
    expect(done.display_title).toBe('plan dev [corr-1]');
    expect(done.name).toBe('IaC apply');
    expect(done.event).toBe('workflow_dispatch');
    expect(done.head_branch).toBe('main');
    expect(done.head_sha).toBe(standIn.listBranches(owner, repo)[0].sha);

    const { data: found } = await octokit.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 'iac-apply.yml',
      branch: 'main',
      event: 'workflow_dispatch',
      created: `>=${started.toISOString()}`,
    });
    expect(found.workflow_runs.map(r => r.id)).toEqual([runId]);
    const { data: before } = await octokit.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      created: `<${started.toISOString()}`,
    });
    expect(before.total_count).toBe(0);

    const { data: jobs } = await octokit.actions.listJobsForWorkflowRun({
      owner,
      repo,
      run_id: runId,
    });
    expect(jobs.jobs.map(j => [j.name, j.labels, j.conclusion])).toEqual([
      ['plan dev', ['ubuntu-latest'], 'success'],
      ['apply', ['self-hosted', 'linux'], 'success'],
    ]);
    expect(jobs.jobs[0].steps!.map(s => s.name)).toEqual([
      'Set up job',
      'Run actions/checkout@v4',
      'tofu plan',
      'Complete job',
    ]);
    expect(jobs.jobs[1].steps![1].name).toBe('Run tofu apply');

    const { data: artifacts } = await octokit.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: runId,
    });
    expect(artifacts.artifacts.map(a => a.name)).toEqual(['iac-outputs']);
    const zip = await octokit.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifacts.artifacts[0].id,
      archive_format: 'zip',
    });
    const files = readZipExternally(zip.data as ArrayBuffer);
    expect(JSON.parse(files['outputs.json'])).toEqual(outputs);
    expect(files['plan-summary.md']).toContain('networking');

    const logs = await octokit.actions.downloadWorkflowRunLogs({
      owner,
      repo,
      run_id: runId,
    });
    const logFiles = readZipExternally(logs.data as ArrayBuffer);
    expect(Object.keys(logFiles)).toEqual(['0_plan dev.txt', '1_apply.txt']);
    expect(logFiles['0_plan dev.txt']).toContain('LOCAL SANDBOX');
    expect(logFiles['0_plan dev.txt']).toContain('##[group]tofu plan');
  });

  it('accepts a dispatch without run details and can be found by its run name', async () => {
    standIn.setWorkflowOutcome({
      owner,
      repo,
      workflowId: 'iac-apply.yml',
      conclusion: 'failure',
    });
    const dispatch = await octokit.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'iac-apply.yml',
      ref: 'refs/heads/main',
      inputs: { ...inputs, command: 'apply', correlation_id: 'corr-2' },
    });
    expect(dispatch.status).toBe(204);

    const { data } = await octokit.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 'iac-apply.yml',
      event: 'workflow_dispatch',
    });
    const run = data.workflow_runs.find(r =>
      r.display_title.includes('[corr-2]'),
    );
    expect(run?.run_number).toBe(2);
    const done = await waitForCompletion(run!.id);
    expect(done.conclusion).toBe('failure');

    const { data: jobs } = await octokit.actions.listJobsForWorkflowRun({
      owner,
      repo,
      run_id: run!.id,
    });
    expect(jobs.jobs.map(j => j.conclusion)).toEqual(['success', 'failure']);
    const { data: artifacts } = await octokit.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: run!.id,
    });
    expect(artifacts.total_count).toBe(0);
    expect(standIn.listRuns(owner, repo)[0].id).toBe(run!.id);
  });

  it('rejects dispatches GitHub would reject', async () => {
    const dispatch = (
      workflowId: string,
      ref: string,
      given: Record<string, string>,
    ) =>
      octokit.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: workflowId,
        ref,
        inputs: given,
      });

    await expect(
      dispatch('iac-apply.yml', 'main', { ...inputs, extra: 'x' }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Unexpected inputs provided'),
    });
    await expect(
      dispatch('iac-apply.yml', 'main', {
        command: 'plan',
        environment: 'dev',
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(
        "Required input 'correlation_id' not provided",
      ),
    });
    await expect(
      dispatch('iac-apply.yml', 'main', { ...inputs, environment: 'qa' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      dispatch('iac-apply.yml', 'no-such-branch', inputs),
    ).rejects.toMatchObject({ status: 422 });
    await expect(dispatch('lint.yml', 'main', {})).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(
        "does not have 'workflow_dispatch' trigger",
      ),
    });
  });

  it('simulates a run for a workflow file the repository does not have', async () => {
    await octokit.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
    });
    const [run] = standIn.listRuns(owner, repo);
    expect(run.path).toBe('.github/workflows/deploy.yml');
    expect(run.display_title).toBe('.github/workflows/deploy.yml');
    const done = await waitForCompletion(run.id);
    expect(done.conclusion).toBe('success');
  });
});

describe('GitHub stand-in: run progress', () => {
  /** A stand-in whose runs hold one state for a minute, so each state can be observed. */
  async function heldIn(state: 'queued' | 'in_progress') {
    const standIn = await startGitHubStandIn({
      log: () => {},
      workflowTiming:
        state === 'queued'
          ? { queuedMs: 60_000, inProgressMs: 0 }
          : { queuedMs: 0, inProgressMs: 60_000 },
    });
    const octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
    standIn.commitFiles(owner, repo, {
      files: { '.github/workflows/iac-apply.yml': WORKFLOW },
    });
    await octokit.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'iac-apply.yml',
      ref: 'main',
      inputs,
    });
    const [run] = standIn.listRuns(owner, repo);
    const { data: jobs } = await octokit.actions.listJobsForWorkflowRun({
      owner,
      repo,
      run_id: run.id,
    });
    const { data: artifacts } = await octokit.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: run.id,
    });
    const logs = await octokit.actions.downloadWorkflowRunLogs({
      owner,
      repo,
      run_id: run.id,
    });
    await standIn.close();
    expect(standIn.violations).toEqual([]);
    return {
      run,
      jobs: jobs.jobs,
      artifacts: artifacts.artifacts,
      logs: readZipExternally(logs.data as ArrayBuffer),
    };
  }

  it('shows a queued run with queued jobs and no artifact yet', async () => {
    const { run, jobs, artifacts } = await heldIn('queued');
    expect([run.status, run.conclusion]).toEqual(['queued', null]);
    expect(jobs.map(j => j.status)).toEqual(['queued', 'queued']);
    expect(jobs[0].steps).toEqual([]);
    expect(artifacts).toEqual([]);
  });

  it('shows a run in progress, its first steps started and its log growing', async () => {
    const { run, jobs, artifacts, logs } = await heldIn('in_progress');
    expect([run.status, run.conclusion]).toEqual(['in_progress', null]);
    expect(jobs.map(j => [j.status, j.conclusion, j.completed_at])).toEqual([
      ['in_progress', null, null],
      ['in_progress', null, null],
    ]);
    expect(jobs[0].steps![0].status).toBe('in_progress');
    expect(jobs[0].steps!.at(-1)!.status).toBe('queued');
    expect(artifacts).toEqual([]);
    expect(logs['0_plan dev.txt']).toContain('##[group]Set up job');
    expect(logs['0_plan dev.txt']).not.toContain('Job succeeded');
  });
});
