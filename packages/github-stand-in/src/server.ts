import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { runState } from './actions/runs';
import { CONTROL_PREFIX, handleControl } from './control';
import { FaultQueue } from './faults';
import { HandlerContext } from './http/api';
import { ApiPipeline } from './http/pipeline';
import { RateLimit } from './http/rateLimit';
import { sandboxPage } from './http/sandboxPage';
import { readBody, sendJson } from './http/send';
import { Timers } from './http/timers';
import { ApiRouter } from './openapi/router';
import { loadGitHubSpec } from './openapi/spec';
import { OpenApiValidator } from './openapi/validator';
import { renderRun } from './render/actions';
import { Links } from './render/links';
import { renderPullSummary } from './render/pulls';
import { renderRepository } from './render/repos';
import { handlers } from './routes';
import { branchFiles, commitFiles, listBranches } from './state/branches';
import { Store } from './state/store';
import {
  GitHubStandIn,
  RequestLogEntry,
  StandInOptions,
  StandInSnapshot,
  Violation,
} from './types';

const API_PREFIX = '/api/v3';
const DEFAULT_TIMING = { queuedMs: 200, inProgressMs: 400 };

let shared: { router: ApiRouter; validator: OpenApiValidator } | undefined;

/** The description is parsed once per process and shared by every stand-in. */
function openApi() {
  if (!shared) {
    shared = {
      router: new ApiRouter(loadGitHubSpec()),
      validator: new OpenApiValidator(),
    };
  }
  return shared;
}

function snapshotOf(
  store: Store,
  base: Omit<StandInSnapshot, 'repos'>,
): StandInSnapshot {
  const now = Date.now();
  return {
    repos: store.allRepos().map(repo => ({
      full_name: `${repo.owner.login}/${repo.name}`,
      default_branch: repo.defaultBranch,
      branches: listBranches(repo),
      pulls: repo.pulls.map(p => ({
        number: p.number,
        title: p.title,
        state: p.state,
        head: p.head.ref,
        base: p.base.ref,
        labels: p.labels.map(l => l.name),
        comments: repo.comments
          .filter(c => c.issueNumber === p.number)
          .map(c => c.body),
      })),
      runs: repo.runs.map(r => {
        const { status, conclusion } = runState(r, now);
        return {
          id: r.id,
          workflow: r.workflow.path,
          display_title: r.displayTitle,
          head_branch: r.headBranch,
          inputs: r.inputs,
          status,
          conclusion,
        };
      }),
    })),
    ...base,
  };
}

/** For the helpers: a clear error, not an HTTP 404, when a test names a missing repository. */
function existingRepo(store: Store, owner: string, repo: string) {
  const found = store.findRepo(owner, repo);
  if (!found) {
    throw new Error(`The GitHub stand-in has no repository ${owner}/${repo}`);
  }
  return found;
}

/** Starts a local HTTP stand-in for the GitHub REST API. */
export async function startGitHubStandIn(
  options: StandInOptions = {},
): Promise<GitHubStandIn> {
  const { router, validator } = openApi();
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((message: string) => console.warn(message));
  const store = new Store();
  const faults = new FaultQueue();
  const timers = new Timers();
  const violations: Violation[] = [];
  const requestLog: RequestLogEntry[] = [];
  const context: HandlerContext = {
    store,
    // Replaced once the port is known, before the first request.
    links: new Links(`http://${host}`),
    timing: {
      queuedMs: options.workflowTiming?.queuedMs ?? DEFAULT_TIMING.queuedMs,
      inProgressMs:
        options.workflowTiming?.inProgressMs ?? DEFAULT_TIMING.inProgressMs,
    },
    rateLimit: new RateLimit(),
  };
  const pipeline = new ApiPipeline({
    router,
    validator,
    handlers,
    context,
    faults,
    timers,
    violations,
    requestLog,
    log,
    fallback: sandboxPage,
  });

  const server = createServer((req, res) => {
    onRequest(req, res).catch(error => {
      log(
        `[github-stand-in] request failed: ${(error as Error).stack ?? error}`,
      );
      sendJson(res, 500, { message: 'Server Error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  context.links = new Links(url);

  const standIn: GitHubStandIn = {
    url,
    apiBaseUrl: context.links.api,
    violations,
    requestLog,

    async close() {
      timers.cancelAll();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },

    injectFault: fault => faults.add(fault),
    clearFaults: () => faults.clear(),
    pendingFaults: () => faults.pending(),

    setWorkflowOutcome(input) {
      if (input.conclusion !== 'success' && input.conclusion !== 'failure') {
        throw new Error('conclusion must be "success" or "failure"');
      }
      store.setOutcome(input.owner, input.repo, String(input.workflowId), {
        conclusion: input.conclusion,
        outputs: input.outputs ?? {},
        planSummary: input.planSummary,
      });
    },

    getRepo(owner, repo) {
      const found = store.findRepo(owner, repo);
      return found && renderRepository(found, context.links);
    },
    listBranches: (owner, repo) =>
      listBranches(existingRepo(store, owner, repo)),
    getBranchTree(owner, repo, branch) {
      const found = store.findRepo(owner, repo);
      return found && branchFiles(found, branch);
    },
    listPulls(owner, repo) {
      const found = existingRepo(store, owner, repo);
      return found.pulls.map(p => renderPullSummary(found, p, context.links));
    },
    listRuns(owner, repo) {
      const found = existingRepo(store, owner, repo);
      return [...found.runs]
        .reverse()
        .map(r => renderRun(found, r, context.links));
    },
    commitFiles(owner, repo, input) {
      const found =
        store.findRepo(owner, repo) ?? store.createRepo({ owner, name: repo });
      return commitFiles(found, store.viewer, {
        branch: input.branch ?? found.defaultBranch,
        files: input.files,
        message: input.message ?? 'Seed files (stand-in)',
      });
    },
    snapshot: () =>
      snapshotOf(store, { faults: faults.pending(), violations, requestLog }),
  };

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const requestUrl = new URL(req.url ?? '/', url);
    const body = await readBody(req);
    if (requestUrl.pathname.startsWith(CONTROL_PREFIX)) {
      handleControl(
        { ...standIn, store },
        req.method ?? 'GET',
        requestUrl.pathname,
        requestUrl.searchParams,
        body,
        res,
      );
      return;
    }
    await timers.delay(options.latencyMs ?? 0);
    const { pathname } = requestUrl;
    const path =
      pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)
        ? pathname.slice(API_PREFIX.length) || '/'
        : pathname;
    await pipeline.handle(req, res, path, requestUrl.searchParams, body);
  }

  return standIn;
}
