import { ServerResponse } from 'node:http';
import { runLogsZip, outputsArtifactZip } from './actions/archives';
import { jobLog } from './actions/jobs';
import { visibleArtifact } from './actions/runs';
import { send, sendJson } from './http/send';
import { repositoryTarball } from './state/archive';
import { resolveRef } from './state/branches';
import { Store } from './state/store';
import { Fault, GitHubStandIn, WorkflowOutcomeInput } from './types';

export const CONTROL_PREFIX = '/_stand-in/';

/** What the control routes may reach: the stand-in's helpers and its store. */
export type ControlTarget = Pick<
  GitHubStandIn,
  | 'injectFault'
  | 'clearFaults'
  | 'pendingFaults'
  | 'setWorkflowOutcome'
  | 'snapshot'
  | 'getBranchTree'
> & { store: Store };

function notFound(res: ServerResponse) {
  sendJson(res, 404, { message: 'Not Found (stand-in control route)' });
}

function parseJson(body: Buffer): unknown {
  return body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
}

/** Archives behind the 302s of the logs, artifact and repository archive endpoints. */
function download(target: ControlTarget, res: ServerResponse, path: string) {
  const match = /^downloads\/([^/]+)\/([^/]+)\/(.+)$/.exec(path);
  const repo =
    match &&
    target.store.findRepo(
      decodeURIComponent(match[1]),
      decodeURIComponent(match[2]),
    );
  if (!match || !repo) {
    notFound(res);
    return;
  }
  const rest = match[3];
  const zipHeaders = (name: string) => ({
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename=${name}`,
  });

  let found = /^runs\/(\d+)\/logs\.zip$/.exec(rest);
  const runOf = (id: string) => repo.runs.find(r => r.id === Number(id));
  if (found && runOf(found[1])) {
    const run = runOf(found[1])!;
    send(res, 200, zipHeaders(`logs_${run.id}.zip`), runLogsZip(run));
    return;
  }
  found = /^runs\/(\d+)\/jobs\/(\d+)\.txt$/.exec(rest);
  const job =
    found && runOf(found[1])?.jobs.find(j => j.id === Number(found![2]));
  if (found && job) {
    send(
      res,
      200,
      { 'content-type': 'text/plain; charset=utf-8' },
      jobLog(runOf(found[1])!, job),
    );
    return;
  }
  found = /^artifacts\/(\d+)\.zip$/.exec(rest);
  const artifactRun =
    found && repo.runs.find(r => visibleArtifact(r)?.id === Number(found![1]));
  if (artifactRun) {
    send(
      res,
      200,
      zipHeaders(`${artifactRun.artifact!.name}.zip`),
      outputsArtifactZip(artifactRun),
    );
    return;
  }
  found = /^legacy\.tar\.gz\/(.+)$/.exec(rest);
  const archived = found && resolveRef(repo, decodeURIComponent(found[1]));
  if (archived) {
    const tarball = repositoryTarball(repo, archived.sha);
    send(
      res,
      200,
      {
        'content-type': 'application/x-gzip',
        'content-disposition': `attachment; filename=${tarball.fileName}`,
      },
      tarball.data,
    );
    return;
  }
  found = /^raw\/([0-9a-f]{40})$/.exec(rest);
  const blob = found && repo.git.blob(found[1]);
  if (blob) {
    send(res, 200, { 'content-type': 'text/plain; charset=utf-8' }, blob);
    return;
  }
  notFound(res);
}

/**
 * Routes under `/_stand-in/` let tests in another process drive the
 * stand-in. They are not GitHub's, so they are neither authenticated nor
 * checked against the OpenAPI description.
 */
export function handleControl(
  target: ControlTarget,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Buffer,
  res: ServerResponse,
): void {
  const route = `${method} ${path.slice(CONTROL_PREFIX.length)}`;
  // Tests driving the stand-in from a browser page call these cross-origin.
  res.setHeader('access-control-allow-origin', '*');
  if (method === 'OPTIONS') {
    send(res, 204, {
      'access-control-allow-methods': 'GET, POST, DELETE',
      'access-control-allow-headers': 'content-type',
    });
    return;
  }
  try {
    if (route === 'POST faults') {
      const input = parseJson(body);
      (Array.isArray(input) ? input : [input]).forEach(f =>
        target.injectFault(f as Fault),
      );
      sendJson(res, 201, { pending: target.pendingFaults() });
    } else if (route === 'GET faults') {
      sendJson(res, 200, { pending: target.pendingFaults() });
    } else if (route === 'DELETE faults') {
      target.clearFaults();
      send(res, 204, {});
    } else if (route === 'POST workflow-outcomes') {
      target.setWorkflowOutcome(parseJson(body) as WorkflowOutcomeInput);
      send(res, 204, {});
    } else if (route === 'GET state') {
      sendJson(res, 200, target.snapshot());
    } else if (
      method === 'GET' &&
      /^files\/[^/]+\/[^/]+$/.test(route.slice(4))
    ) {
      const [, owner, repo] = route.slice(4).split('/');
      const files = target.getBranchTree(
        owner,
        repo,
        query.get('branch') ?? 'main',
      );
      if (files) {
        sendJson(res, 200, files);
      } else {
        notFound(res);
      }
    } else if (method === 'GET' && route.startsWith('GET downloads/')) {
      download(target, res, route.slice(4));
    } else {
      notFound(res);
    }
  } catch (error) {
    sendJson(res, 400, { message: (error as Error).message });
  }
}
