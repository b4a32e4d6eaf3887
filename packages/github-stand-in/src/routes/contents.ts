import { HandlerTable, json } from '../http/api';
import { GitHubError, notFound } from '../http/errors';
import { wrappedBase64 } from '../render/git';
import { Links } from '../render/links';
import { resolveCommitish } from '../state/branches';
import { TreeEntry } from '../state/git';
import { Repository } from '../state/records';

const RAW_MEDIA_TYPE = /application\/vnd\.github(\.v3)?\.raw/;

const CONTENT_TYPES: Record<TreeEntry['type'], string> = {
  tree: 'dir',
  blob: 'file',
  commit: 'submodule',
};

function describeEntry(
  repo: Repository,
  links: Links,
  ref: string,
  path: string,
  entry: TreeEntry,
) {
  const api = links.repoApi(repo);
  const encodedPath = encodeURI(path);
  const isDir = entry.type === 'tree';
  const self = `${api}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/${isDir ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${links.repoWeb(repo)}/${
    isDir ? 'tree' : 'blob'
  }/${ref}/${encodedPath}`;
  return {
    type: CONTENT_TYPES[entry.type],
    size: repo.git.blob(entry.sha)?.length ?? 0,
    name: path.split('/').pop()!,
    path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      entry.type === 'blob'
        ? links.download(`${repo.owner.login}/${repo.name}/raw/${entry.sha}`)
        : null,
    _links: { self, git, html },
  };
}

export const contentRoutes: HandlerTable = {
  'repos/get-content': (request, { store, links }) => {
    const { owner, repo: name, path } = request.params;
    const repo = store.requireRepo(owner, name);
    if (repo.refs.size === 0) {
      throw new GitHubError(404, 'This repository is empty.');
    }
    const ref = request.query.get('ref') ?? repo.defaultBranch;
    const commitSha = resolveCommitish(repo, ref);
    if (!commitSha) {
      throw new GitHubError(404, `No commit found for the ref ${ref}`);
    }
    const cleanPath = path.replace(/^\/+|\/+$/g, '');
    const entry = repo.git.lookup(repo.git.commit(commitSha)!.tree, cleanPath);
    if (!entry) {
      throw notFound();
    }

    if (entry.type === 'tree') {
      const children = repo.git.tree(entry.sha)!;
      return json(
        200,
        children.map(child =>
          describeEntry(
            repo,
            links,
            ref,
            cleanPath ? `${cleanPath}/${child.name}` : child.name,
            child,
          ),
        ),
      );
    }
    const data = repo.git.blob(entry.sha) ?? Buffer.alloc(0);
    if (RAW_MEDIA_TYPE.test(String(request.headers.accept ?? ''))) {
      return {
        status: 200,
        text: { contentType: 'text/plain; charset=utf-8', data },
      };
    }
    return json(200, {
      ...describeEntry(repo, links, ref, cleanPath, entry),
      encoding: 'base64',
      content: wrappedBase64(data),
    });
  },
};
