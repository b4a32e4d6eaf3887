import { mockServices } from '@backstage/backend-test-utils';
import Bottleneck from 'bottleneck';
import {
  StandInContext,
  startStandInWithIntegration,
} from '../../__testUtils__/githubStandIn';
import { createGithubClient } from './client';

describe('createGithubClient', () => {
  let context: StandInContext;

  beforeEach(async () => {
    context = await startStandInWithIntegration();
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await context.standIn.close();
  });

  it('opens pull requests at the configured pacing, shared by the clients of the process', async () => {
    const pacingMs = 300;
    const repos = ['paced-a', 'paced-b', 'paced-c'];
    for (const repo of repos) {
      context.standIn.commitFiles('acme', repo, { files: { 'README.md': '# seed\n' } });
      context.standIn.commitFiles('acme', repo, { branch: 'change', files: { 'a.txt': 'a\n' } });
    }
    const RealGroup = Bottleneck.Group;
    const groups = jest
      .spyOn(Bottleneck, 'Group')
      .mockImplementation(options => new RealGroup(options) as any);
    const sentAt: number[] = [];
    const realFetch = global.fetch;
    jest.spyOn(global, 'fetch').mockImplementation((url, init) => {
      if (init?.method === 'POST' && String(url).endsWith('/pulls')) sentAt.push(performance.now());
      return realFetch(url, init);
    });

    const clients = await Promise.all(
      repos.map(repo =>
        createGithubClient(
          { host: 'github.com', owner: 'acme', repo },
          {
            integrations: context.integrations,
            logger: mockServices.logger.mock(),
            writePacingMs: pacingMs,
          },
        ),
      ),
    );
    await Promise.all(
      clients.map(({ octokit }, i) =>
        octokit.rest.pulls.create({ owner: 'acme', repo: repos[i], head: 'change', base: 'main', title: 'Change' }),
      ),
    );

    expect(repos.map(repo => context.standIn.listPulls('acme', repo).length)).toEqual([1, 1, 1]);
    const gaps = sentAt.slice(1).map((at, i) => at - sentAt[i]);
    expect(gaps).toHaveLength(2);
    // Bottleneck spaces the starts of the requests; their fetches follow a few ms later or earlier.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(pacingMs * 0.8);
    // The configured pacing replaces both of Octokit's queues, the one for pull requests
    // (`notifications`, 3 s apart by default) included, and every client shares them.
    const paced = expect.objectContaining({ maxConcurrent: 1, minTime: pacingMs });
    expect(groups.mock.calls).toEqual([[paced], [paced]]);
    expect(context.standIn.violations).toEqual([]);
  });
});
