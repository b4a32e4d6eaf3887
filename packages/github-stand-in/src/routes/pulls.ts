import {
  ApiRequest,
  HandlerContext,
  HandlerTable,
  json,
  paginate,
} from '../http/api';
import { GitHubError, notFound, validationFailed } from '../http/errors';
import { renderPull, renderPullSummary } from '../render/pulls';
import { isoSeconds } from '../state/clock';
import { PullRequest, Repository } from '../state/records';

function repoOf(request: ApiRequest, context: HandlerContext): Repository {
  return context.store.requireRepo(request.params.owner, request.params.repo);
}

export function findPull(
  repo: Repository,
  number: string | number,
): PullRequest {
  const pull = repo.pulls.find(p => p.number === Number(number));
  if (!pull) {
    throw notFound();
  }
  return pull;
}

/** `owner:branch` or a bare branch of the repository itself. */
function parseHead(
  repo: Repository,
  head: string,
): { owner: string; ref: string } {
  const colon = head.indexOf(':');
  return colon < 0
    ? { owner: repo.owner.login, ref: head }
    : { owner: head.slice(0, colon), ref: head.slice(colon + 1) };
}

function assertNoOpenDuplicate(
  repo: Repository,
  pull: Pick<PullRequest, 'head' | 'base'>,
) {
  const duplicate = repo.pulls.find(
    other =>
      other !== pull &&
      other.state === 'open' &&
      other.head.owner === pull.head.owner &&
      other.head.ref === pull.head.ref &&
      other.base.ref === pull.base.ref,
  );
  if (duplicate) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${pull.head.owner.login}:${pull.head.ref}.`,
    });
  }
}

export const pullRoutes: HandlerTable = {
  'pulls/create': (request, context) => {
    const repo = repoOf(request, context);
    const { store, links } = context;
    const body = request.body as {
      title?: string;
      head: string;
      base: string;
      body?: string;
      draft?: boolean;
      maintainer_can_modify?: boolean;
    };
    if (!body.title) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'missing_field',
        field: 'title',
      });
    }
    const head = parseHead(repo, body.head);
    const headSha = repo.refs.get(`refs/heads/${head.ref}`);
    if (
      head.owner.toLowerCase() !== repo.owner.login.toLowerCase() ||
      !headSha
    ) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'invalid',
        field: 'head',
      });
    }
    const baseSha = repo.refs.get(`refs/heads/${body.base}`);
    if (!baseSha) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'invalid',
        field: 'base',
      });
    }
    const now = isoSeconds();
    const draft = {
      title: body.title,
      body: body.body ?? null,
      state: 'open' as const,
      draft: body.draft ?? false,
      head: { owner: repo.owner, ref: head.ref, sha: headSha },
      base: { ref: body.base, sha: baseSha },
      user: store.viewer,
      labels: [],
      maintainerCanModify: body.maintainer_can_modify ?? true,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    assertNoOpenDuplicate(repo, draft);
    if (headSha === baseSha || repo.git.isAncestor(headSha, baseSha)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${body.base} and ${head.ref}`,
      });
    }
    const pull: PullRequest = {
      ...store.ids.take('pull'),
      number: repo.nextIssueNumber++,
      ...draft,
    };
    repo.pulls.push(pull);
    const rendered = renderPull(repo, pull, links);
    return { status: 201, body: rendered, headers: { location: rendered.url } };
  },

  'pulls/list': (request, context) => {
    const repo = repoOf(request, context);
    const { query } = request;
    const state = query.get('state') ?? 'open';
    const head = query.get('head');
    // GitHub silently ignores a `head` without the `owner:` prefix and lists
    // every pull request; doing the same exposes callers that forget it.
    const wantedHead = head?.includes(':') ? parseHead(repo, head) : undefined;
    const base = query.get('base');
    const sort = query.get('sort') ?? 'created';
    const descending = (query.get('direction') ?? 'desc') === 'desc';
    const pulls = repo.pulls
      .filter(p => state === 'all' || p.state === state)
      .filter(
        p =>
          !wantedHead ||
          (p.head.ref === wantedHead.ref &&
            p.head.owner.login.toLowerCase() ===
              wantedHead.owner.toLowerCase()),
      )
      .filter(p => !base || p.base.ref === base)
      .sort((a, b) => {
        const order =
          sort === 'updated'
            ? a.updatedAt.localeCompare(b.updatedAt) || a.number - b.number
            : a.number - b.number;
        return descending ? -order : order;
      });
    const page = paginate(
      request,
      context,
      `/repos/${request.params.owner}/${request.params.repo}/pulls`,
      pulls,
    );
    return {
      status: 200,
      body: page.items.map(p => renderPullSummary(repo, p, context.links)),
      headers: page.headers,
    };
  },

  'pulls/get': (request, context) => {
    const repo = repoOf(request, context);
    return json(
      200,
      renderPull(
        repo,
        findPull(repo, request.params.pull_number),
        context.links,
      ),
    );
  },

  'pulls/update': (request, context) => {
    const repo = repoOf(request, context);
    const pull = findPull(repo, request.params.pull_number);
    const body = request.body as {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      base?: string;
      maintainer_can_modify?: boolean;
    };
    if (body.base !== undefined) {
      const baseSha = repo.refs.get(`refs/heads/${body.base}`);
      if (!baseSha) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'invalid',
          field: 'base',
        });
      }
      pull.base = { ref: body.base, sha: baseSha };
    }
    if (body.state === 'open' && pull.state === 'closed') {
      if (!repo.refs.has(`refs/heads/${pull.head.ref}`)) {
        throw new GitHubError(
          422,
          'State cannot be changed. The head branch was deleted.',
        );
      }
      assertNoOpenDuplicate(repo, pull);
      pull.closedAt = null;
    } else if (body.state === 'closed' && pull.state === 'open') {
      pull.closedAt = isoSeconds();
    }
    pull.state = body.state ?? pull.state;
    pull.title = body.title ?? pull.title;
    pull.body = body.body ?? pull.body;
    pull.maintainerCanModify =
      body.maintainer_can_modify ?? pull.maintainerCanModify;
    pull.updatedAt = isoSeconds();
    return json(200, renderPull(repo, pull, context.links));
  },
};
