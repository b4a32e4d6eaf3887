import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import { parseRepoUrl } from '@backstage/plugin-scaffolder-node';

export interface GithubRepo {
  host: string;
  owner: string;
  repo: string;
}

// GitHub's own rules for owner and repository names; anything else is refused before any call.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** Parses `host?owner=o&repo=r` (the RepoUrlPicker format) into a GitHub repository. */
export function parseGithubRepoUrl(
  repoUrl: string,
  integrations: ScmIntegrationRegistry,
): GithubRepo {
  let parsed;
  try {
    parsed = parseRepoUrl(repoUrl, integrations);
  } catch (error) {
    throw new InputError(`repoUrl: ${(error as Error).message}`);
  }
  const { host, owner, repo } = parsed;
  if (!integrations.github.byHost(host)) {
    throw new InputError(`repoUrl: '${host}' is not a configured GitHub host`);
  }
  if (!owner || !OWNER.test(owner)) {
    throw new InputError(`repoUrl: '${owner ?? ''}' is not a valid GitHub owner`);
  }
  if (!REPO.test(repo) || repo === '.' || repo === '..') {
    throw new InputError(`repoUrl: '${repo}' is not a valid GitHub repository name`);
  }
  return { host, owner, repo };
}

/** Web URL of a repository on its host (github.com or an Enterprise server). */
export function repoWebUrl(repo: GithubRepo): string {
  return `https://${repo.host}/${repo.owner}/${repo.repo}`;
}
