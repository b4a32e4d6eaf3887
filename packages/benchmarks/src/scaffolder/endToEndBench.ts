// End to end: a task of the end-to-end suite's smoke template (a small stack that goes through
// all five IaC actions) through the portal's HTTP API, from POST to completion (render, validate,
// pull request, plan workflow followed, stack tracked in the catalog), against the GitHub
// stand-in behind the front, whose request times split each run into its phases. The backend
// runs with the product's defaults for write pacing and workflow polling. The stacks folder is a
// copy of the portal's with the smoke stack added, as the end-to-end suite does.
import { startGitHubStandIn } from '@internal/github-stand-in';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { makeTempDir } from '../actionContext';
import { BACKEND_ENTRY, startBackend } from '../backend/backendProcess';
import {
  FrontRequest,
  LATENCY_MS,
  startGitHubFront,
} from '../github/githubFront';
import { REPO_ROOT, TEMPLATES_DIR } from '../paths';
import { Timing, summarise } from '../stats';
import {
  awaitTask,
  guestToken,
  startTask,
  taskLog,
  waitForEntity,
} from './scaffolderApi';

const FIXTURE = path.join(
  REPO_ROOT,
  'packages/backend/src/e2e/fixtures/iac-smoke',
);
const TEMPLATE = 'template:default/iac-smoke';
const OWNER = 'acme';
const WORKFLOW_TIMING = { queuedMs: 500, inProgressMs: 1500 };
const TASK_POLL_MS = 100;
const TASK_TIMEOUT_MS = 180_000;

export interface EndToEndResult {
  template: string;
  latencyMs: number;
  workflowMs: number;
  /** The first task after the start, which loads code the later ones reuse. */
  firstRunMs: number;
  total: Timing;
  /** total minus the simulated workflow's own duration. */
  overhead: Timing;
  /** Medians of each run's phases, from the times GitHub requests reached the front. */
  phases: Record<Phase, number>;
  apiCallsPerRun: number;
  violations: number;
}

type Phase =
  | 'renderAndValidate'
  | 'pullRequest'
  | 'workflow'
  | 'trackAndFinish';

function formValues(repo: string): Record<string, unknown> {
  return {
    name: repo,
    owner: 'group:default/platform-team',
    description: 'Static site of the smoke stack',
    note: 'benchmark run',
    // Without prod: creating a prod environment takes a permission the guest user lacks.
    environments: ['dev', 'staging'],
    repoUrl: `github.com?owner=${OWNER}&repo=${repo}`,
    createRepository: true,
  };
}

// The portal's catalog locations (app-config.yaml) plus the smoke template.
function benchConfig(apiBaseUrl: string, stacksDir: string) {
  return {
    integrations: {
      github: [{ host: 'github.com', apiBaseUrl, token: 'bench-token' }],
    },
    iac: { stacksDir },
    catalog: {
      locations: [
        { type: 'file', target: path.join(REPO_ROOT, 'catalog/all.yaml') },
        {
          type: 'file',
          target: path.join(TEMPLATES_DIR, '*/template.yaml'),
          rules: [{ allow: ['Template'] }],
        },
        {
          type: 'file',
          target: path.join(FIXTURE, 'template.yaml'),
          rules: [{ allow: ['Template'] }],
        },
      ],
    },
  };
}

function phasesOf(
  requests: FrontRequest[],
  start: number,
  end: number,
): Record<Phase, number> {
  const first = requests[0].at;
  const dispatch = requests.find(
    r => r.method === 'POST' && r.path.endsWith('/dispatches'),
  );
  if (!dispatch) throw new Error('The task dispatched no workflow');
  const last = requests[requests.length - 1].at;
  return {
    renderAndValidate: first - start,
    pullRequest: dispatch.at - first,
    workflow: last - dispatch.at,
    trackAndFinish: end - last,
  };
}

export async function runEndToEndBenchmark(
  runs: number,
): Promise<EndToEndResult> {
  const standIn = await startGitHubStandIn({
    latencyMs: LATENCY_MS,
    workflowTiming: WORKFLOW_TIMING,
    log: () => {},
  });
  const front = await startGitHubFront(standIn, LATENCY_MS);
  const workDir = makeTempDir('e2e');
  const stacksDir = path.join(workDir, 'stacks');
  fs.cpSync(TEMPLATES_DIR, stacksDir, { recursive: true });
  fs.cpSync(FIXTURE, path.join(stacksDir, 'iac-smoke'), { recursive: true });
  const configFile = path.join(workDir, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    yaml.stringify(benchConfig(front.apiBaseUrl, stacksDir)),
  );
  const backend = await startBackend({
    entry: BACKEND_ENTRY,
    configs: ['app-config.yaml', configFile],
  });
  try {
    const token = await guestToken(backend.baseUrl);
    await waitForEntity(backend.baseUrl, token, TEMPLATE);

    const runTask = async (repo: string) => {
      const sent = front.requests.length;
      const start = performance.now();
      const id = await startTask(
        backend.baseUrl,
        token,
        TEMPLATE,
        formValues(repo),
      );
      const status = await awaitTask(
        backend.baseUrl,
        token,
        id,
        TASK_POLL_MS,
        TASK_TIMEOUT_MS,
      );
      const end = performance.now();
      if (status !== 'completed') {
        const log = await taskLog(backend.baseUrl, token, id);
        throw new Error(`Task for ${repo} ended ${status}:\n${log.join('\n')}`);
      }
      const requests = front.requests.slice(sent);
      return {
        ms: end - start,
        requests,
        phases: phasesOf(requests, start, end),
      };
    };

    const first = await runTask('bench-warm-up');
    const measured: Awaited<ReturnType<typeof runTask>>[] = [];
    for (let run = 0; run < runs; run++) {
      measured.push(await runTask(`bench-e2e-${run}`));
    }
    const workflowMs = WORKFLOW_TIMING.queuedMs + WORKFLOW_TIMING.inProgressMs;
    const phaseMedian = (phase: Phase) =>
      summarise(measured.map(m => m.phases[phase])).median;
    return {
      template: TEMPLATE,
      latencyMs: LATENCY_MS,
      workflowMs,
      firstRunMs: Math.round(first.ms),
      total: summarise(measured.map(m => m.ms)),
      overhead: summarise(measured.map(m => m.ms - workflowMs)),
      phases: {
        renderAndValidate: phaseMedian('renderAndValidate'),
        pullRequest: phaseMedian('pullRequest'),
        workflow: phaseMedian('workflow'),
        trackAndFinish: phaseMedian('trackAndFinish'),
      },
      apiCallsPerRun: measured[measured.length - 1].requests.length,
      violations: standIn.violations.length,
    };
  } finally {
    await backend.stop();
    await front.close();
    await standIn.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
