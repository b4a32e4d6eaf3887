import { compareCommits } from '../state/compare';
import { PullRequest, Repository } from '../state/records';
import { renderLabel } from './issues';
import { Links } from './links';
import { renderRepository } from './repos';
import { renderSimpleUser } from './users';

/** GitHub's "Pull Request Simple", the shape of list results. */
export function renderPullSummary(
  repo: Repository,
  pull: PullRequest,
  links: Links,
) {
  const api = links.repoApi(repo);
  const web = `${links.repoWeb(repo)}/pull/${pull.number}`;
  const self = `${api}/pulls/${pull.number}`;
  const issue = `${api}/issues/${pull.number}`;
  const repoJson = renderRepository(repo, links);
  const side = (ref: string, sha: string, owner = repo.owner) => ({
    label: `${owner.login}:${ref}`,
    ref,
    sha,
    user: renderSimpleUser(owner, links),
    repo: repoJson,
  });
  return {
    url: self,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: issue,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: renderSimpleUser(pull.user, links),
    body: pull.body,
    labels: pull.labels.map(label => renderLabel(repo, label, links)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head.ref, pull.head.sha, pull.head.owner),
    base: side(pull.base.ref, pull.base.sha),
    _links: {
      self: { href: self },
      html: { href: web },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: `${api}/statuses/${pull.head.sha}` },
    },
    author_association: pull.user === repo.owner ? 'OWNER' : 'MEMBER',
    auto_merge: null,
    draft: pull.draft,
  };
}

/** GitHub's full "Pull Request", returned by create, get and update. */
export function renderPull(repo: Repository, pull: PullRequest, links: Links) {
  const comparison = compareCommits(repo, pull.base.sha, pull.head.sha);
  return {
    ...renderPullSummary(repo, pull, links),
    merged: false,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: repo.comments.filter(c => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: comparison.commits,
    additions: comparison.additions,
    deletions: comparison.deletions,
    changed_files: comparison.changedFiles,
  };
}
