import { Commit, FlatEntry } from '../state/git';
import { Repository } from '../state/records';
import { Links } from './links';

/** GitHub wraps base64 file content at 60 characters per line. */
export function wrappedBase64(data: Buffer): string {
  const encoded = data.toString('base64');
  return `${encoded.match(/.{1,60}/g)?.join('\n') ?? ''}\n`;
}

function gitNodeId(prefix: string, sha: string): string {
  return `${prefix}_kwDO${Buffer.from(sha, 'hex').toString('base64url')}`;
}

export function renderBlob(
  repo: Repository,
  sha: string,
  data: Buffer,
  links: Links,
) {
  return {
    sha,
    node_id: gitNodeId('B', sha),
    size: data.length,
    url: `${links.repoApi(repo)}/git/blobs/${sha}`,
    content: wrappedBase64(data),
    encoding: 'base64',
  };
}

export function renderTree(
  repo: Repository,
  sha: string,
  entries: FlatEntry[],
  links: Links,
) {
  const api = links.repoApi(repo);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: entries.map(entry => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      url: `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${
        entry.sha
      }`,
    })),
    truncated: false,
  };
}

export function renderCommit(
  repo: Repository,
  sha: string,
  commit: Commit,
  links: Links,
) {
  const api = links.repoApi(repo);
  return {
    sha,
    node_id: gitNodeId('C', sha),
    url: `${api}/git/commits/${sha}`,
    html_url: `${links.repoWeb(repo)}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map(parent => ({
      sha: parent,
      url: `${api}/git/commits/${parent}`,
      html_url: `${links.repoWeb(repo)}/commit/${parent}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

export function renderRef(
  repo: Repository,
  ref: string,
  sha: string,
  links: Links,
) {
  const api = links.repoApi(repo);
  return {
    ref,
    node_id: `REF_kwDO${Buffer.from(`${repo.id}:${ref}`).toString(
      'base64url',
    )}`,
    url: `${api}/git/${ref}`,
    object: {
      type: repo.git.typeOf(sha) ?? 'commit',
      sha,
      url: `${api}/git/commits/${sha}`,
    },
  };
}
