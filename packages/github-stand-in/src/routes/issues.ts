import {
  ApiRequest,
  HandlerContext,
  HandlerTable,
  json,
  paginate,
} from '../http/api';
import { renderComment, renderLabel } from '../render/issues';
import { isoSeconds } from '../state/clock';
import { Label, Repository } from '../state/records';
import { findPull } from './pulls';

/** Every issue here is a pull request: the stand-in has no plain issues. */
function target(request: ApiRequest, context: HandlerContext) {
  const repo = context.store.requireRepo(
    request.params.owner,
    request.params.repo,
  );
  return { repo, pull: findPull(repo, request.params.issue_number) };
}

/** The request accepts `["a"]`, `{labels: ["a"]}` or `{labels: [{name: "a"}]}`. */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body)
    ? body
    : (body as { labels?: unknown[] })?.labels ?? [];
  return list.map(item =>
    typeof item === 'string' ? item : (item as { name: string }).name,
  );
}

function repoLabel(
  repo: Repository,
  name: string,
  context: HandlerContext,
): Label {
  const existing = repo.labels.get(name.toLowerCase());
  if (existing) {
    return existing;
  }
  const label: Label = {
    ...context.store.ids.take('label'),
    name,
    color: 'ededed',
    description: null,
  };
  repo.labels.set(name.toLowerCase(), label);
  return label;
}

export const issueRoutes: HandlerTable = {
  'issues/add-labels': (request, context) => {
    const { repo, pull } = target(request, context);
    for (const name of labelNames(request.body)) {
      const label = repoLabel(repo, name, context);
      if (!pull.labels.includes(label)) {
        pull.labels.push(label);
      }
    }
    pull.updatedAt = isoSeconds();
    return json(
      200,
      pull.labels.map(label => renderLabel(repo, label, context.links)),
    );
  },

  'issues/list-labels-on-issue': (request, context) => {
    const { repo, pull } = target(request, context);
    return json(
      200,
      pull.labels.map(label => renderLabel(repo, label, context.links)),
    );
  },

  'issues/create-comment': (request, context) => {
    const { repo, pull } = target(request, context);
    const now = isoSeconds();
    const comment = {
      ...context.store.ids.take('comment'),
      issueNumber: pull.number,
      body: request.body.body as string,
      user: context.store.viewer,
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.push(comment);
    pull.updatedAt = now;
    const rendered = renderComment(repo, comment, context.links);
    return { status: 201, body: rendered, headers: { location: rendered.url } };
  },

  'issues/list-comments': (request, context) => {
    const { repo, pull } = target(request, context);
    const since = request.query.get('since');
    const comments = repo.comments.filter(
      c =>
        c.issueNumber === pull.number &&
        (!since || Date.parse(c.updatedAt) >= Date.parse(since)),
    );
    const { owner, repo: name, issue_number: number } = request.params;
    const page = paginate(
      request,
      context,
      `/repos/${owner}/${name}/issues/${number}/comments`,
      comments,
    );
    return {
      status: 200,
      body: page.items.map(c => renderComment(repo, c, context.links)),
      headers: page.headers,
    };
  },
};
