// Test wiring: a GitHub stand-in and a Backstage GitHub integration pointing at it.
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';

export interface StandInContext {
  standIn: GitHubStandIn;
  integrations: ScmIntegrations;
}

export async function startStandInWithIntegration(
  options: Parameters<typeof startGitHubStandIn>[0] = {},
): Promise<StandInContext> {
  const standIn = await startGitHubStandIn({
    workflowTiming: { queuedMs: 50, inProgressMs: 100 },
    log: () => {},
    ...options,
  });
  const integrations = ScmIntegrations.fromConfig(
    new ConfigReader({
      integrations: {
        github: [{ host: 'github.com', apiBaseUrl: standIn.apiBaseUrl, token: 'test-token' }],
      },
    }),
  );
  return { standIn, integrations };
}

/** Options that make the actions fast against the stand-in: no real waiting between retries. */
export const fastGithubOptions = {
  retryBaseMs: 1,
  writePacingMs: 0,
  requestTimeoutMs: 2000,
  pollIntervalMs: 20,
  maxPollIntervalMs: 50,
};
