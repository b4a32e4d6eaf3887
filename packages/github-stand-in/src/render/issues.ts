import { IssueComment, Label, Repository } from '../state/records';
import { Links } from './links';
import { renderSimpleUser } from './users';

export function renderLabel(repo: Repository, label: Label, links: Links) {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${links.repoApi(repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    // Pull request listings declare the description as a plain string, never null.
    description: label.description ?? '',
    color: label.color,
    default: false,
  };
}

export function renderComment(
  repo: Repository,
  comment: IssueComment,
  links: Links,
) {
  const api = links.repoApi(repo);
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${links.repoWeb(repo)}/pull/${
      comment.issueNumber
    }#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: renderSimpleUser(comment.user, links),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user === repo.owner ? 'OWNER' : 'MEMBER',
    performed_via_github_app: null,
  };
}
