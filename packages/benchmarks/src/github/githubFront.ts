// A pass-through in front of the GitHub stand-in that also answers the two requests Backstage's
// publish:github:pull-request makes which the stand-in does not serve: `GET
// /repos/{owner}/{repo}/commits?sha=<branch>&per_page=1` (repos/list-commits) and one GraphQL
// query (the open pull request of the head branch). Everything else is forwarded; the one change
// made on the way is GitHub's own inference of a tree entry's `type` from its `mode`, which the
// stock action relies on (it sends no `type`) and the stand-in does not do.
// The front logs every request it receives, with its arrival time: their number is the number
// of GitHub API calls a client makes. The stand-in's own request log then holds the forwarded
// requests plus one git/get-commit per emulated list-commits; GraphQL answers cost a round trip
// of the same latency but no stand-in request.
import type { GitHubStandIn } from '@internal/github-stand-in';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** The fixed delay per request the stand-in is started with, to mimic the network. */
export const LATENCY_MS = 50;
const API_PREFIX = '/api/v3';
const LIST_COMMITS = /^\/repos\/([^/]+)\/([^/]+)\/commits$/;
const CREATE_TREE = /^\/repos\/[^/]+\/[^/]+\/git\/trees$/;
const TYPE_OF_MODE: Record<string, string> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

function withEntryTypes(body: Buffer): Buffer {
  const request = JSON.parse(body.toString('utf8'));
  for (const entry of request.tree ?? []) {
    entry.type ??= TYPE_OF_MODE[entry.mode];
  }
  return Buffer.from(JSON.stringify(request));
}

export interface FrontRequest {
  method: string;
  path: string;
  /** Answered by the front rather than forwarded. */
  emulated: boolean;
  /** When it arrived, on the `performance.now()` clock. */
  at: number;
}

export interface GitHubFront {
  apiBaseUrl: string;
  requests: FrontRequest[];
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startGitHubFront(
  standIn: GitHubStandIn,
  latencyMs: number,
): Promise<GitHubFront> {
  const requests: FrontRequest[] = [];
  const target = new URL(standIn.url);

  const forward = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer,
  ) =>
    new Promise<void>((resolve, reject) => {
      const {
        host: _host,
        'content-length': _length,
        ...headers
      } = req.headers;
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
        },
        answer => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', resolve);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  // The newest commit of a branch, shaped as list-commits answers it; the plugin reads `sha`
  // and `commit.tree.sha`.
  const listCommits = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    owner: string,
    repo: string,
    ref: string,
  ) => {
    const branch = standIn.listBranches(owner, repo).find(b => b.name === ref);
    const sha = branch?.sha ?? ref;
    const answer = await fetch(
      `${standIn.apiBaseUrl}/repos/${owner}/${repo}/git/commits/${sha}`,
      { headers: { authorization: String(req.headers.authorization) } },
    );
    const commit = await answer.json();
    if (!answer.ok) return sendJson(res, answer.status, commit);
    return sendJson(res, 200, [
      {
        sha: commit.sha,
        url: commit.url,
        html_url: commit.html_url,
        parents: commit.parents,
        commit: {
          message: commit.message,
          tree: commit.tree,
          author: commit.author,
          committer: commit.committer,
        },
      },
    ]);
  };

  // The one GraphQL query of the plugin: does the head branch exist, and its open pull request.
  const graphql = async (res: http.ServerResponse, body: Buffer) => {
    await sleep(latencyMs);
    const { owner, repo, head } = JSON.parse(body.toString('utf8')).variables;
    const exists = standIn.listBranches(owner, repo).some(b => b.name === head);
    const open = exists
      ? standIn
          .listPulls(owner, repo)
          .filter(p => p.state === 'open' && p.head.ref === head)
      : [];
    return sendJson(res, 200, {
      data: {
        repository: {
          ref: exists
            ? {
                associatedPullRequests: {
                  edges: open.slice(0, 1).map(p => ({
                    node: { id: p.node_id, number: p.number, url: p.html_url },
                  })),
                },
              }
            : null,
        },
      },
    });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    const apiPath = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length)
      : url.pathname;
    const commits = req.method === 'GET' ? LIST_COMMITS.exec(apiPath) : null;
    const isGraphql = req.method === 'POST' && url.pathname === '/api/graphql';
    requests.push({
      method: req.method ?? 'GET',
      path: apiPath,
      emulated: Boolean(commits) || isGraphql,
      at: performance.now(),
    });
    readBody(req)
      .then(body => {
        if (isGraphql) return graphql(res, body);
        if (commits) {
          return listCommits(
            req,
            res,
            commits[1],
            commits[2],
            url.searchParams.get('sha') ?? 'HEAD',
          );
        }
        const isCreateTree = req.method === 'POST' && CREATE_TREE.test(apiPath);
        return forward(req, res, isCreateTree ? withEntryTypes(body) : body);
      })
      .catch(error => sendJson(res, 502, { message: String(error) }));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBaseUrl: `http://127.0.0.1:${port}${API_PREFIX}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
