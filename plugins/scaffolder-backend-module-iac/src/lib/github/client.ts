// Builds the Octokit client every GitHub action uses: credentials from Backstage's GitHub
// integration (token or GitHub App), the integration's API base URL (github.com or Enterprise),
// retries for transient failures, honoured rate limits and a per-request timeout.
import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { GithubRepo } from './repoUrl';

const IacOctokit = Octokit.plugin(retry, throttling);
export type IacOctokitClient = InstanceType<typeof IacOctokit>;

export interface GithubClientOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider?: GithubCredentialsProvider;
  logger: LoggerService;
  /** A token given to the task (e.g. from the user's sign-in) wins over the integration's. */
  token?: string;
  /** Retries of a transient failure (5xx, timeouts, rate limits) before giving up. */
  retries?: number;
  /** Time limit of one HTTP request. */
  requestTimeoutMs?: number;
  /**
   * Milliseconds per unit of GitHub's retry-after and of the retry back-off; 1000 in
   * production, tests shrink it so retries do not wait.
   */
  retryBaseMs?: number;
  /**
   * Minimum gap between two content-creating requests of the process, pull requests and
   * comments included. Unset, Octokit's pacing applies: writes 1 s apart and requests that
   * notify people (pull requests, comments) 3 s apart, each in one queue shared by all clients
   * of the process.
   */
  writePacingMs?: number;
}

type RetriedRequest = { method: string; url: string };

type PacingGroups = Record<'write' | 'notifications', Bottleneck.Group>;
const pacingGroups = new Map<number, PacingGroups>();

// A configured pacing replaces both of Octokit's queues, and is shared by every client of the
// process as Octokit's are, so that many tasks at once keep to it together.
function pacingGroupsFor(minTime: number): PacingGroups {
  let groups = pacingGroups.get(minTime);
  if (!groups) {
    const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime });
    groups = { write: group(), notifications: group() };
    pacingGroups.set(minTime, groups);
  }
  return groups;
}

/** Counts the API requests a client makes, so actions can report it and tests can bound it. */
export interface RequestCounter {
  count: number;
}

export async function createGithubClient(
  repo: GithubRepo,
  options: GithubClientOptions,
): Promise<{ octokit: IacOctokitClient; requests: RequestCounter }> {
  const integration = options.integrations.github.byHost(repo.host);
  if (!integration) {
    throw new InputError(
      `repoUrl: no GitHub integration is configured for host '${repo.host}'`,
    );
  }
  let token = options.token;
  if (!token) {
    const provider =
      options.credentialsProvider ??
      DefaultGithubCredentialsProvider.fromIntegrations(options.integrations);
    const credentials = await provider.getCredentials({
      url: `https://${repo.host}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`,
    });
    token = credentials.token;
  }
  if (!token) {
    throw new InputError(
      `repoUrl: no GitHub credentials for ${repo.host}/${repo.owner}; configure a token or a GitHub App in integrations.github`,
    );
  }

  const retries = options.retries ?? 3;
  const logger = options.logger;
  const requests: RequestCounter = { count: 0 };
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  // Every HTTP exchange goes through here: it is counted, and one that hangs is aborted, which
  // Octokit reports as a 500 that the retry plugin retries.
  const timedFetch: typeof fetch = (url, init) => {
    requests.count += 1;
    return fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  };
  const octokit = new IacOctokit({
    auth: token,
    baseUrl: integration.config.apiBaseUrl,
    userAgent: 'iac-portal',
    log: {
      debug: () => {},
      info: () => {},
      warn: message => logger.warn(message),
      error: message => logger.error(message),
    },
    retry: {
      retries,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      // 403 and 429 are handled by the throttling plugin, which knows about retry-after.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: (retryAfter: number, requestOptions: RetriedRequest, _octokit: unknown, retryCount: number) => {
        logger.warn(
          `GitHub rate limit reached on ${requestOptions.method} ${requestOptions.url}; retrying in ${retryAfter}s`,
        );
        return retryCount < retries;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        requestOptions: RetriedRequest,
        _octokit: unknown,
        retryCount: number,
      ) => {
        logger.warn(
          `GitHub secondary rate limit on ${requestOptions.method} ${requestOptions.url}; retrying in ${retryAfter}s`,
        );
        return retryCount < retries;
      },
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      ...(options.writePacingMs !== undefined &&
        pacingGroupsFor(options.writePacingMs)),
    },
    request: { fetch: timedFetch },
  });

  return { octokit, requests };
}

/** Status of an Octokit error, or undefined for anything else. */
export function errorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
