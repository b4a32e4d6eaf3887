import { createdFilter } from '../actions/createdFilter';
import { dispatchRun, runState, visibleArtifact } from '../actions/runs';
import { findWorkflow, listWorkflows } from '../actions/workflows';
import {
  ApiRequest,
  HandlerContext,
  HandlerTable,
  json,
  noContent,
  paginate,
  redirect,
} from '../http/api';
import { notFound } from '../http/errors';
import {
  renderArtifact,
  renderJob,
  renderRun,
  renderWorkflow,
} from '../render/actions';
import { Repository, WorkflowRun } from '../state/records';

function repoOf(request: ApiRequest, context: HandlerContext): Repository {
  return context.store.requireRepo(request.params.owner, request.params.repo);
}

function findRun(repo: Repository, runId: string): WorkflowRun {
  const run = repo.runs.find(r => r.id === Number(runId));
  if (!run) {
    throw notFound();
  }
  return run;
}

function findJob(repo: Repository, jobId: string) {
  for (const run of repo.runs) {
    const job = run.jobs.find(j => j.id === Number(jobId));
    if (job) {
      return { run, job };
    }
  }
  throw notFound();
}

function findArtifactRun(repo: Repository, artifactId: string): WorkflowRun {
  const run = repo.runs.find(
    r => visibleArtifact(r)?.id === Number(artifactId),
  );
  if (!run) {
    throw notFound();
  }
  return run;
}

/** The filters `GET .../runs` supports, newest run first. */
function filterRuns(
  runs: WorkflowRun[],
  query: URLSearchParams,
): WorkflowRun[] {
  const now = Date.now();
  const created = query.get('created');
  const inCreated = created ? createdFilter(created) : () => true;
  const status = query.get('status');
  return runs
    .filter(run => {
      const state = runState(run, now);
      return (
        (!query.get('branch') || run.headBranch === query.get('branch')) &&
        (!query.get('event') || run.event === query.get('event')) &&
        (!query.get('actor') || run.actor.login === query.get('actor')) &&
        (!query.get('head_sha') || run.headSha === query.get('head_sha')) &&
        (!status || state.status === status || state.conclusion === status) &&
        inCreated(run.createdMs)
      );
    })
    .sort((a, b) => b.id - a.id);
}

function runList(
  request: ApiRequest,
  context: HandlerContext,
  repo: Repository,
  runs: WorkflowRun[],
  path: string,
) {
  const filtered = filterRuns(runs, request.query);
  const page = paginate(request, context, path, filtered);
  return {
    status: 200,
    body: {
      total_count: filtered.length,
      workflow_runs: page.items.map(run => renderRun(repo, run, context.links)),
    },
    headers: page.headers,
  };
}

function artifactList(
  request: ApiRequest,
  context: HandlerContext,
  repo: Repository,
  runs: WorkflowRun[],
  path: string,
) {
  const name = request.query.get('name');
  const withArtifacts = runs
    .filter(
      run => visibleArtifact(run) && (!name || run.artifact!.name === name),
    )
    .sort((a, b) => b.id - a.id);
  const page = paginate(request, context, path, withArtifacts);
  return {
    status: 200,
    body: {
      total_count: withArtifacts.length,
      artifacts: page.items.map(run =>
        renderArtifact(repo, run, context.links),
      ),
    },
    headers: page.headers,
  };
}

export const actionRoutes: HandlerTable = {
  'actions/create-workflow-dispatch': (request, context) => {
    const repo = repoOf(request, context);
    const { ref, inputs = {}, return_run_details: details } = request.body;
    const run = dispatchRun(context.store, repo, context.timing, {
      workflowId: request.params.workflow_id,
      ref,
      inputs,
    });
    if (!details) {
      return noContent();
    }
    const rendered = renderRun(repo, run, context.links);
    return json(200, {
      workflow_run_id: run.id,
      run_url: rendered.url,
      html_url: rendered.html_url,
    });
  },

  'actions/list-repo-workflows': (request, context) => {
    const repo = repoOf(request, context);
    const { owner, repo: name } = request.params;
    const workflows = listWorkflows(repo, context.store.ids);
    const page = paginate(
      request,
      context,
      `/repos/${owner}/${name}/actions/workflows`,
      workflows,
    );
    return {
      status: 200,
      body: {
        total_count: workflows.length,
        workflows: page.items.map(w => renderWorkflow(repo, w, context.links)),
      },
      headers: page.headers,
    };
  },

  'actions/get-workflow': (request, context) => {
    const repo = repoOf(request, context);
    const workflow = findWorkflow(
      repo,
      context.store.ids,
      request.params.workflow_id,
    );
    return json(200, renderWorkflow(repo, workflow, context.links));
  },

  'actions/list-workflow-runs-for-repo': (request, context) => {
    const repo = repoOf(request, context);
    const { owner, repo: name } = request.params;
    return runList(
      request,
      context,
      repo,
      repo.runs,
      `/repos/${owner}/${name}/actions/runs`,
    );
  },

  'actions/list-workflow-runs': (request, context) => {
    const repo = repoOf(request, context);
    const { owner, repo: name, workflow_id: workflowId } = request.params;
    const workflow = findWorkflow(repo, context.store.ids, workflowId);
    return runList(
      request,
      context,
      repo,
      repo.runs.filter(run => run.workflow === workflow),
      `/repos/${owner}/${name}/actions/workflows/${workflowId}/runs`,
    );
  },

  'actions/get-workflow-run': (request, context) => {
    const repo = repoOf(request, context);
    return json(
      200,
      renderRun(repo, findRun(repo, request.params.run_id), context.links),
    );
  },

  'actions/list-jobs-for-workflow-run': (request, context) => {
    const repo = repoOf(request, context);
    const run = findRun(repo, request.params.run_id);
    const { owner, repo: name, run_id: runId } = request.params;
    const page = paginate(
      request,
      context,
      `/repos/${owner}/${name}/actions/runs/${runId}/jobs`,
      run.jobs,
    );
    return {
      status: 200,
      body: {
        total_count: run.jobs.length,
        jobs: page.items.map(job => renderJob(repo, run, job, context.links)),
      },
      headers: page.headers,
    };
  },

  'actions/get-job-for-workflow-run': (request, context) => {
    const repo = repoOf(request, context);
    const { run, job } = findJob(repo, request.params.job_id);
    return json(200, renderJob(repo, run, job, context.links));
  },

  'actions/download-job-logs-for-workflow-run': (request, context) => {
    const repo = repoOf(request, context);
    const { run, job } = findJob(repo, request.params.job_id);
    return redirect(
      context.links.download(
        `${repo.owner.login}/${repo.name}/runs/${run.id}/jobs/${job.id}.txt`,
      ),
    );
  },

  'actions/download-workflow-run-logs': (request, context) => {
    const repo = repoOf(request, context);
    const run = findRun(repo, request.params.run_id);
    return redirect(
      context.links.download(
        `${repo.owner.login}/${repo.name}/runs/${run.id}/logs.zip`,
      ),
    );
  },

  'actions/list-workflow-run-artifacts': (request, context) => {
    const repo = repoOf(request, context);
    const run = findRun(repo, request.params.run_id);
    const { owner, repo: name, run_id: runId } = request.params;
    return artifactList(
      request,
      context,
      repo,
      [run],
      `/repos/${owner}/${name}/actions/runs/${runId}/artifacts`,
    );
  },

  'actions/list-artifacts-for-repo': (request, context) => {
    const repo = repoOf(request, context);
    const { owner, repo: name } = request.params;
    return artifactList(
      request,
      context,
      repo,
      repo.runs,
      `/repos/${owner}/${name}/actions/artifacts`,
    );
  },

  'actions/get-artifact': (request, context) => {
    const repo = repoOf(request, context);
    const run = findArtifactRun(repo, request.params.artifact_id);
    return json(200, renderArtifact(repo, run, context.links));
  },

  'actions/download-artifact': (request, context) => {
    const repo = repoOf(request, context);
    const run = findArtifactRun(repo, request.params.artifact_id);
    if (request.params.archive_format !== 'zip') {
      throw notFound();
    }
    return redirect(
      context.links.download(
        `${repo.owner.login}/${repo.name}/artifacts/${run.artifact!.id}.zip`,
      ),
    );
  },
};
