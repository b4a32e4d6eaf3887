import { HandlerTable, json, redirect } from '../http/api';
import { GitHubError, notFound } from '../http/errors';
import { renderSimpleRepository } from '../render/repos';
import { resolveRef } from '../state/branches';

export const commitRoutes: HandlerTable = {
  'repos/get-combined-status-for-ref': ({ params }, { store, links }) => {
    const repo = store.requireRepo(params.owner, params.repo);
    const resolved = resolveRef(repo, params.ref);
    if (!resolved) {
      throw new GitHubError(404, `No commit found for SHA: ${params.ref}`);
    }
    const commitUrl = `${links.repoApi(repo)}/commits/${resolved.sha}`;
    // Nothing posts commit statuses here; GitHub's combined state without any is `pending`.
    return json(200, {
      state: 'pending',
      statuses: [],
      sha: resolved.sha,
      total_count: 0,
      repository: renderSimpleRepository(repo, links),
      commit_url: commitUrl,
      url: `${commitUrl}/status`,
    });
  },

  // Like GitHub, a redirect to codeload naming the full ref (or the sha) that was resolved.
  'repos/download-tarball-archive': ({ params }, { store, links }) => {
    const repo = store.requireRepo(params.owner, params.repo);
    const resolved = resolveRef(repo, params.ref);
    if (!resolved) {
      throw notFound();
    }
    return redirect(
      links.download(
        `${repo.owner.login}/${repo.name}/legacy.tar.gz/${encodeURI(
          resolved.name,
        )}`,
      ),
    );
  },
};
