import { outputsArtifactZip } from '../actions/archives';
import { jobState } from '../actions/jobs';
import { runState } from '../actions/runs';
import { isoSeconds } from '../state/clock';
import { JobPlan, Repository, Workflow, WorkflowRun } from '../state/records';
import { Links } from './links';
import { renderRepository } from './repos';
import { renderSimpleUser } from './users';

const ARTIFACT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

export function renderWorkflow(
  repo: Repository,
  workflow: Workflow,
  links: Links,
) {
  const fileName = workflow.path.split('/').pop();
  return {
    id: workflow.id,
    node_id: workflow.nodeId,
    name: workflow.name,
    path: workflow.path,
    state: 'active',
    created_at: workflow.createdAt,
    updated_at: workflow.createdAt,
    url: `${links.repoApi(repo)}/actions/workflows/${workflow.id}`,
    html_url: `${links.repoWeb(repo)}/blob/${repo.defaultBranch}/${
      workflow.path
    }`,
    badge_url: `${links.repoWeb(repo)}/workflows/${fileName}/badge.svg`,
  };
}

export function renderRun(
  repo: Repository,
  run: WorkflowRun,
  links: Links,
  now = Date.now(),
) {
  const api = `${links.repoApi(repo)}/actions/runs/${run.id}`;
  const state = runState(run, now);
  const commit = repo.git.commit(run.headSha)!;
  const repository = renderRepository(repo, links);
  return {
    id: run.id,
    name: run.workflow.name,
    node_id: run.nodeId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflow.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: state.status,
    conclusion: state.conclusion,
    workflow_id: run.workflow.id,
    check_suite_id: run.id + 1_000_000_000,
    check_suite_node_id: `CS_kwDO${Buffer.from(String(run.id)).toString(
      'base64url',
    )}`,
    url: api,
    html_url: `${links.repoWeb(repo)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: isoSeconds(run.createdMs),
    updated_at: isoSeconds(state.updatedMs),
    actor: renderSimpleUser(run.actor, links),
    triggering_actor: renderSimpleUser(run.actor, links),
    run_attempt: 1,
    referenced_workflows: [],
    run_started_at: isoSeconds(run.createdMs),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${links.repoApi(repo)}/check-suites/${
      run.id + 1_000_000_000
    }`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${links.repoApi(repo)}/actions/workflows/${run.workflow.id}`,
    head_commit: {
      id: run.headSha,
      tree_id: commit.tree,
      message: commit.message,
      timestamp: commit.committer.date,
      author: { name: commit.author.name, email: commit.author.email },
      committer: { name: commit.committer.name, email: commit.committer.email },
    },
    repository,
    head_repository: repository,
  };
}

export function renderJob(
  repo: Repository,
  run: WorkflowRun,
  job: JobPlan,
  links: Links,
  now = Date.now(),
) {
  const state = jobState(run, job, now);
  const api = links.repoApi(repo);
  const running = state.status !== 'queued';
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: 1,
    node_id: job.nodeId,
    head_sha: run.headSha,
    url: `${api}/actions/jobs/${job.id}`,
    html_url: `${links.repoWeb(repo)}/actions/runs/${run.id}/job/${job.id}`,
    status: state.status,
    conclusion: state.conclusion,
    created_at: isoSeconds(run.createdMs),
    started_at: isoSeconds(state.startedMs),
    completed_at:
      state.completedMs === null ? null : isoSeconds(state.completedMs),
    name: job.name,
    steps: state.steps.map(step => ({
      name: step.name,
      status: step.status,
      conclusion: step.conclusion,
      number: step.number,
      started_at: step.startedMs === null ? null : isoSeconds(step.startedMs),
      completed_at:
        step.completedMs === null ? null : isoSeconds(step.completedMs),
    })),
    check_run_url: `${api}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: running ? 1 : null,
    runner_name: running ? 'stand-in-runner' : null,
    runner_group_id: running ? 1 : null,
    runner_group_name: running ? 'Default' : null,
    workflow_name: run.workflow.name,
    head_branch: run.headBranch,
  };
}

export function renderArtifact(
  repo: Repository,
  run: WorkflowRun,
  links: Links,
) {
  const artifact = run.artifact!;
  const api = `${links.repoApi(repo)}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: artifact.nodeId,
    name: artifact.name,
    size_in_bytes: outputsArtifactZip(run).length,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: false,
    created_at: isoSeconds(run.completedMs),
    updated_at: isoSeconds(run.completedMs),
    expires_at: isoSeconds(run.completedMs + ARTIFACT_RETENTION_MS),
    workflow_run: {
      id: run.id,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: run.headBranch,
      head_sha: run.headSha,
    },
  };
}
