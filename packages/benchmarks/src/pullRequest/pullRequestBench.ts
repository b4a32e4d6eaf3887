// Pull request: opening a pull request with N files through iac:github:pullRequest and through
// Backstage's publish:github:pull-request, against the GitHub stand-in with a fixed latency per
// request. Each run publishes to a fresh repository (seeded with a README on main) and a new
// branch, so every run opens a new pull request.
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createPublishGithubPullRequestAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { startGitHubStandIn } from '@internal/github-stand-in';
import { createIacGithubPullRequestAction } from '@internal/plugin-scaffolder-backend-module-iac';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeTempDir, runAction } from '../actionContext';
import { Timing, ratio, summarise } from '../stats';
import {
  FrontRequest,
  LATENCY_MS,
  startGitHubFront,
} from '../github/githubFront';
import { writeSyntheticFiles } from './syntheticFiles';

const OWNER = 'acme';
// Unless writePacingMs is set, our client keeps Octokit's pacing, which lets one process create at
// most one pull request every 3 s (GitHub's guidance for requests that notify people). Runs with
// that pacing start at least that long after the previous one, so each measures one pull
// request on its own.
const NOTIFICATION_GAP_MS = 3000;

export type PullRequestVariant = 'iac' | 'iacPaced' | 'stock';
const VARIANTS: PullRequestVariant[] = ['iac', 'stock', 'iacPaced'];

export interface PullRequestLine {
  files: number;
  variant: PullRequestVariant;
  timing: Timing;
  /** Requests the action sent, per run (the same in every run). */
  apiCalls: number;
  /** Requests of one run by GitHub operation. */
  operations: Record<string, number>;
  /** Entries the stand-in logged for one run (see githubFront.ts for why stock differs). */
  standInRequests: number;
  /** OpenAPI violations the stand-in recorded over all runs of this line. */
  violations: number;
}

export interface PullRequestResult {
  latencyMs: number;
  lines: PullRequestLine[];
  /** Per file count: iac (unpaced) / stock, for median wall time and API calls. */
  ratios: { files: number; time: number; apiCalls: number }[];
}

export interface PullRequestPlan {
  files: number;
  /** Runs of each unpaced action. */
  runs: number;
  /** Runs of iac:github:pullRequest with its default write pacing (0 to skip). */
  pacedRuns: number;
}

interface Measurement {
  ms: number;
  requests: FrontRequest[];
  logged: { operationId?: string }[];
  violations: number;
}

export async function runPullRequestBenchmark(
  plan: PullRequestPlan[],
): Promise<PullRequestResult> {
  const standIn = await startGitHubStandIn({
    latencyMs: LATENCY_MS,
    log: () => {},
  });
  const front = await startGitHubFront(standIn, LATENCY_MS);
  const config = new ConfigReader({
    integrations: {
      github: [
        {
          host: 'github.com',
          apiBaseUrl: front.apiBaseUrl,
          token: 'bench-token',
        },
      ],
    },
  });
  const integrations = ScmIntegrations.fromConfig(config);
  // The stock action's client has Octokit's throttling turned off, so it does not pace writes;
  // ours is measured the same way (writePacingMs: 0) and with its default pacing.
  const actions = {
    iac: createIacGithubPullRequestAction({ integrations, writePacingMs: 0 }),
    iacPaced: createIacGithubPullRequestAction({ integrations }),
    stock: createPublishGithubPullRequestAction({ integrations, config }),
  };
  let lastPacedRun = 0;
  let repoCount = 0;

  const publish = async (
    variant: PullRequestVariant,
    workspacePath: string,
  ): Promise<Measurement> => {
    if (variant === 'iacPaced') {
      await sleep(Math.max(0, lastPacedRun + NOTIFICATION_GAP_MS - Date.now()));
    }
    const repo = `bench-${(repoCount += 1)}`;
    standIn.commitFiles(OWNER, repo, {
      files: { 'README.md': '# Benchmark\n' },
    });
    const input = {
      repoUrl: `github.com?owner=${OWNER}&repo=${repo}`,
      branchName: 'bench/files',
      title: 'Benchmark files',
      ...(variant === 'stock' && { description: 'Benchmark files' }),
    };
    const sent = front.requests.length;
    const logged = standIn.requestLog.length;
    const violations = standIn.violations.length;
    const start = performance.now();
    await runAction(actions[variant], { input, workspacePath });
    const ms = performance.now() - start;
    if (variant === 'iacPaced') lastPacedRun = Date.now();
    if (standIn.listPulls(OWNER, repo).length !== 1) {
      throw new Error(`${variant} did not open a pull request in ${repo}`);
    }
    return {
      ms,
      requests: front.requests.slice(sent),
      logged: standIn.requestLog.slice(logged),
      violations: standIn.violations.length - violations,
    };
  };

  const lines: PullRequestLine[] = [];
  try {
    // Warm-up: the stand-in compiles its validator of an operation on first use, and each
    // client loads its code; neither should fall into the first measured run.
    const warmUp = makeTempDir('pr-warm-up');
    writeSyntheticFiles(warmUp, 2);
    for (const variant of VARIANTS) await publish(variant, warmUp);
    fs.rmSync(warmUp, { recursive: true, force: true });

    for (const { files, runs, pacedRuns } of plan) {
      const workspace = makeTempDir(`pr-${files}`);
      writeSyntheticFiles(workspace, files);
      const measured = new Map<PullRequestVariant, Measurement[]>(
        VARIANTS.map(v => [v, []]),
      );
      for (let round = 0; round < Math.max(runs, pacedRuns); round++) {
        for (const variant of VARIANTS) {
          if (round < (variant === 'iacPaced' ? pacedRuns : runs)) {
            measured.get(variant)!.push(await publish(variant, workspace));
          }
        }
      }
      fs.rmSync(workspace, { recursive: true, force: true });
      for (const [variant, runsOf] of measured) {
        if (runsOf.length) lines.push(toLine(files, variant, runsOf));
      }
    }
  } finally {
    await front.close();
    await standIn.close();
  }

  const lineOf = (files: number, variant: PullRequestVariant) =>
    lines.find(l => l.files === files && l.variant === variant)!;
  return {
    latencyMs: LATENCY_MS,
    lines,
    ratios: plan.map(({ files }) => ({
      files,
      time: ratio(
        lineOf(files, 'iac').timing.median,
        lineOf(files, 'stock').timing.median,
      ),
      apiCalls: ratio(
        lineOf(files, 'iac').apiCalls,
        lineOf(files, 'stock').apiCalls,
      ),
    })),
  };
}

function toLine(
  files: number,
  variant: PullRequestVariant,
  runs: Measurement[],
): PullRequestLine {
  const calls = new Set(runs.map(r => r.requests.length));
  if (calls.size !== 1) {
    throw new Error(
      `${variant} made a different number of requests per run: ${[...calls]}`,
    );
  }
  const last = runs[runs.length - 1];
  return {
    files,
    variant,
    timing: summarise(runs.map(r => r.ms)),
    apiCalls: last.requests.length,
    operations: operationCounts(last),
    standInRequests: last.logged.length,
    violations: runs.reduce((sum, r) => sum + r.violations, 0),
  };
}

// Requests by GitHub operation: forwarded ones as the stand-in logged them, emulated ones by
// what they stand for (each emulated list-commits made one git/get-commit of its own).
function operationCounts({
  logged,
  requests,
}: Measurement): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (name: string, n: number) =>
    (counts[name] = (counts[name] ?? 0) + n);
  for (const entry of logged) add(entry.operationId ?? 'unknown', 1);
  for (const request of requests.filter(r => r.emulated)) {
    if (request.path.endsWith('/commits')) {
      add('repos/list-commits', 1);
      add('git/get-commit', -1);
    } else {
      add('graphql', 1);
    }
  }
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
