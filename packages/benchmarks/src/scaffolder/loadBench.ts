// Load: many tasks of a real template submitted at once to one portal backend on PostgreSQL,
// against the GitHub stand-in. Each task renders, validates and policy-checks a BillPay
// infrastructure stack, opens its pull request in a repository of its own, follows the plan
// workflow and tracks the stack in the catalog. Reports whether every task succeeded and left
// exactly one branch, one pull request and one workflow run behind, and how long tasks took
// from their POST to their completion while all of them competed for the backend.
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import yaml from 'yaml';
import { makeTempDir } from '../actionContext';
import { BACKEND_ENTRY, startBackend } from '../backend/backendProcess';
import {
  dropDatabases,
  postgresDatabaseConfig,
  postgresVersion,
  uniqueDatabasePrefix,
} from '../backend/postgres';
import { LATENCY_MS } from '../github/githubFront';
import { Timing, median, summarise } from '../stats';
import {
  awaitTask,
  guestToken,
  listTasks,
  startTask,
  TaskEvent,
  taskEvents,
  taskLog,
  waitForEntity,
} from './scaffolderApi';

/** Tasks submitted at once. */
export const LOAD_TASKS = 50;
/**
 * The stand-in has no secondary rate limits, so the benchmark turns write pacing off to measure
 * the portal itself; with the default pacing one backend opens one pull request every 3 s.
 */
export const STAND_IN_WRITE_PACING_MS = 0;

const TEMPLATE = 'template:default/billpay-infrastructure';
const ENVIRONMENTS = ['dev'];
const OWNER = 'acme';
const WORKFLOW_TIMING = { queuedMs: 500, inProgressMs: 1500 };
/** Backstage's default, which the portal's configuration keeps. */
export const DEFAULT_CONCURRENT_TASKS_LIMIT = 10;
// One listing of every task per poll: completions are seen at most this late.
const POLL_MS = 500;
const BURST_TIMEOUT_MS = 30 * 60_000;
const WARM_UP_TIMEOUT_MS = 5 * 60_000;
// What iac:catalog:track logs when it stops waiting for the catalog to show the stack.
const CATALOG_LATE = /are not in the catalog yet/;

export interface LoadFailure {
  repo: string;
  status: string;
  message: string;
}

export interface LoadResult {
  date: string;
  template: string;
  environments: string[];
  tasks: number;
  database: string;
  concurrentTasksLimit: number;
  /** null: Octokit's pacing, writes 1 s apart and pull requests 3 s apart. */
  writePacingMs: number | null;
  latencyMs: number;
  workflowMs: number;
  /** One task alone before the burst, which loads code the others reuse. */
  firstTaskMs: number;
  succeeded: number;
  failures: LoadFailure[];
  /** POST to completion seen, every task of the burst. */
  total: Timing;
  /** From the task being stored to a worker starting it (the backend's own timestamps). */
  queued: Timing;
  /** From a worker starting the task to its completion (the backend's own timestamps). */
  running: Timing;
  /** Median time of each step of the template, from its first to its last event. */
  steps: Record<string, number>;
  /** First POST to the last completion. */
  wallMs: number;
  tasksPerMinute: number;
  /** Stand-in requests naming a task's repository, per task; `other` names none. */
  apiCalls: { perTask: number; min: number; max: number; other: number };
  violations: number;
  /** Tasks whose repository holds exactly one branch besides main, one pull request, one run. */
  repositories: { clean: number; problems: string[] };
  /** Tasks that ended before the catalog showed their stack. */
  catalogLate: number;
  backendRssPeakMiB: number;
  loadAverage: { before: number[]; after: number[] };
}

function stackName(index: number): string {
  return `load-${String(index).padStart(2, '0')}`;
}

function repoOf(name: string): string {
  return `billpay-${name}-infrastructure`;
}

// The form's defaults for AWS with a dev environment, as a person would submit them.
function formValues(name: string): Record<string, unknown> {
  return {
    name,
    description: 'Shared platform of the BillPay payments applications',
    owner: 'group:default/platform-team',
    costCenter: 'payments',
    services: ['backend', 'frontend-a', 'frontend-b', 'feature-flags'],
    monitoring: true,
    cloud: 'aws',
    region: 'us-east-1',
    networkCidr: '10.0.0.0/16',
    instanceTypes: { dev: 't3.medium', staging: 't3.large', prod: 'm5.large' },
    environments: ENVIRONMENTS,
    kubernetesVersion: '1.31',
    clusterSize: {
      dev: { minSize: 1, desiredSize: 2, maxSize: 3 },
      staging: { minSize: 2, desiredSize: 2, maxSize: 4 },
      prod: { minSize: 3, desiredSize: 3, maxSize: 6 },
    },
    repoUrl: `github.com?owner=${OWNER}&repo=${repoOf(name)}`,
    createRepository: true,
    policyOverride: false,
  };
}

function backendConfig(
  apiBaseUrl: string,
  databasePrefix: string,
  options: LoadOptions,
) {
  return {
    backend: { database: postgresDatabaseConfig(databasePrefix) },
    integrations: {
      github: [{ host: 'github.com', apiBaseUrl, token: 'bench-token' }],
    },
    scaffolder: { concurrentTasksLimit: options.concurrentTasksLimit },
    ...(options.writePacingMs !== undefined && {
      iac: { github: { writePacingMs: options.writePacingMs } },
    }),
  };
}

function repositoryProblems(standIn: GitHubStandIn, name: string): string[] {
  const repo = repoOf(name);
  const branches = standIn
    .listBranches(OWNER, repo)
    .map(b => b.name)
    .filter(b => b !== 'main');
  const pulls = standIn.listPulls(OWNER, repo).length;
  const runs = standIn.listRuns(OWNER, repo).length;
  const problems = [];
  if (branches.length !== 1) {
    problems.push(`${repo}: branches ${JSON.stringify(branches)}`);
  }
  if (pulls !== 1) problems.push(`${repo}: ${pulls} pull requests`);
  if (runs !== 1) problems.push(`${repo}: ${runs} workflow runs`);
  return problems;
}

// Stand-in requests per repository of the burst, from the request log since `from`.
function apiCallsOf(
  standIn: GitHubStandIn,
  from: number,
  names: string[],
): LoadResult['apiCalls'] {
  const perRepo = new Map(names.map(name => [repoOf(name), 0]));
  let other = 0;
  for (const entry of standIn.requestLog.slice(from)) {
    const repo = /\/repos\/[^/]+\/([^/?]+)/.exec(entry.path)?.[1];
    if (repo && perRepo.has(repo)) perRepo.set(repo, perRepo.get(repo)! + 1);
    else other += 1;
  }
  const counts = [...perRepo.values()];
  const all = counts.reduce((sum, count) => sum + count, other);
  return {
    perTask: Math.round((all / names.length) * 10) / 10,
    min: Math.min(...counts),
    max: Math.max(...counts),
    other,
  };
}

// Each step's span in one task, from its first to its last event.
function stepDurations(events: TaskEvent[]): Map<string, number> {
  const spans = new Map<string, { first: number; last: number }>();
  for (const event of events) {
    const step = event.body.stepId;
    if (!step) continue;
    const at = Date.parse(event.createdAt);
    const span = spans.get(step);
    if (span) span.last = at;
    else spans.set(step, { first: at, last: at });
  }
  return new Map([...spans].map(([step, s]) => [step, s.last - s.first]));
}

function progress(message: string) {
  process.stderr.write(`bench: load: ${message}\n`);
}

interface Submitted {
  name: string;
  id?: string;
  postedAt: number;
  endedAt?: number;
  status: string;
  error?: string;
}

export interface LoadOptions {
  tasks: number;
  /** Tasks one backend runs at a time (`scaffolder.concurrentTasksLimit`). */
  concurrentTasksLimit: number;
  /** Omitted: the product's default pacing. */
  writePacingMs?: number;
}

export async function runLoadBenchmark(
  options: LoadOptions,
): Promise<LoadResult> {
  const loadBefore = os.loadavg();
  const standIn = await startGitHubStandIn({
    latencyMs: LATENCY_MS,
    workflowTiming: WORKFLOW_TIMING,
    log: () => {},
  });
  const databasePrefix = uniqueDatabasePrefix('load');
  const workDir = makeTempDir('load');
  const configFile = path.join(workDir, 'app-config.load.yaml');
  fs.writeFileSync(
    configFile,
    yaml.stringify(backendConfig(standIn.apiBaseUrl, databasePrefix, options)),
  );
  let backend: Awaited<ReturnType<typeof startBackend>> | undefined;
  let rssPeak = 0;
  const rssSampler = setInterval(() => {
    try {
      if (backend) rssPeak = Math.max(rssPeak, backend.rssMiB());
    } catch {
      // the process has just exited
    }
  }, 1000);
  try {
    const database = `PostgreSQL ${await postgresVersion()}`;
    backend = await startBackend({
      entry: BACKEND_ENTRY,
      configs: ['app-config.yaml', configFile],
    });
    const { baseUrl } = backend;
    const token = await guestToken(baseUrl);
    await waitForEntity(baseUrl, token, TEMPLATE);

    const warmUpStart = performance.now();
    const warmUpId = await startTask(
      baseUrl,
      token,
      TEMPLATE,
      formValues('load-warm-up'),
    );
    const warmUpStatus = await awaitTask(
      baseUrl,
      token,
      warmUpId,
      100,
      WARM_UP_TIMEOUT_MS,
    );
    const firstTaskMs = performance.now() - warmUpStart;
    if (warmUpStatus !== 'completed') {
      const log = await taskLog(baseUrl, token, warmUpId);
      throw new Error(
        `The warm-up task ended ${warmUpStatus}:\n${log.join('\n')}`,
      );
    }

    const names = Array.from({ length: options.tasks }, (_, i) => stackName(i));
    const logFrom = standIn.requestLog.length;
    const burstStart = performance.now();
    const submitted: Submitted[] = await Promise.all(
      names.map(async name => {
        const postedAt = performance.now();
        try {
          const id = await startTask(
            baseUrl,
            token,
            TEMPLATE,
            formValues(name),
          );
          return { name, id, postedAt, status: 'open' };
        } catch (error) {
          return { name, postedAt, status: 'refused', error: String(error) };
        }
      }),
    );

    progress(`${submitted.filter(t => t.id).length} tasks posted`);

    const deadline = Date.now() + BURST_TIMEOUT_MS;
    const byId = new Map(submitted.filter(s => s.id).map(s => [s.id!, s]));
    const createdAt = new Map<string, number>();
    let pending = byId.size;
    while (pending > 0 && Date.now() < deadline) {
      await sleep(POLL_MS);
      const seenAt = performance.now();
      for (const task of await listTasks(baseUrl, token)) {
        const mine = byId.get(task.id);
        if (!mine) continue;
        createdAt.set(task.id, Date.parse(task.createdAt));
        if (mine.endedAt !== undefined) continue;
        if (task.status !== 'open' && task.status !== 'processing') {
          mine.endedAt = seenAt;
          mine.status = task.status;
          pending -= 1;
          if (pending % 10 === 0) progress(`${pending} tasks still running`);
        }
      }
    }

    const failures: LoadFailure[] = [];
    const queuedMs: number[] = [];
    const runningMs: number[] = [];
    const stepMs = new Map<string, number[]>();
    let catalogLate = 0;
    for (const task of submitted) {
      const repo = repoOf(task.name);
      if (!task.id) {
        failures.push({ repo, status: task.status, message: task.error! });
        continue;
      }
      const events = await taskEvents(baseUrl, token, task.id);
      const at = events.map(e => Date.parse(e.createdAt));
      if (events.length) queuedMs.push(at[0] - createdAt.get(task.id)!);
      if (events[events.length - 1]?.type === 'completion') {
        runningMs.push(at[at.length - 1] - at[0]);
      }
      for (const [step, ms] of stepDurations(events)) {
        stepMs.set(step, [...(stepMs.get(step) ?? []), ms]);
      }
      if (events.some(e => CATALOG_LATE.test(e.body.message ?? ''))) {
        catalogLate += 1;
      }
      if (task.endedAt === undefined) {
        task.status = 'unfinished';
        failures.push({
          repo,
          status: task.status,
          message: `not finished after ${BURST_TIMEOUT_MS / 60_000} minutes`,
        });
      } else if (task.status !== 'completed') {
        const completion = events.find(e => e.type === 'completion');
        const logs = events.filter(e => e.type === 'log').slice(-3);
        failures.push({
          repo,
          status: task.status,
          message:
            completion?.body.error?.message ??
            logs.map(e => e.body.message).join(' | '),
        });
      }
    }

    const ended = submitted.filter(s => s.endedAt !== undefined);
    if (ended.length === 0) {
      throw new Error(
        `No task of the burst finished:\n${failures
          .map(f => `${f.repo}: ${f.message}`)
          .join('\n')}`,
      );
    }
    const wallMs = Math.max(...ended.map(s => s.endedAt!)) - burstStart;
    const succeeded = submitted.filter(s => s.status === 'completed').length;
    const problems = names.flatMap(name => repositoryProblems(standIn, name));
    const clean = names.filter(
      name => repositoryProblems(standIn, name).length === 0,
    ).length;
    return {
      date: new Date().toISOString(),
      template: TEMPLATE,
      environments: ENVIRONMENTS,
      tasks: options.tasks,
      database,
      concurrentTasksLimit: options.concurrentTasksLimit,
      writePacingMs: options.writePacingMs ?? null,
      latencyMs: LATENCY_MS,
      workflowMs: WORKFLOW_TIMING.queuedMs + WORKFLOW_TIMING.inProgressMs,
      firstTaskMs: Math.round(firstTaskMs),
      succeeded,
      failures,
      total: summarise(ended.map(s => s.endedAt! - s.postedAt)),
      queued: summarise(queuedMs),
      running: summarise(runningMs),
      steps: Object.fromEntries(
        [...stepMs].map(([step, samples]) => [
          step,
          Math.round(median(samples)),
        ]),
      ),
      wallMs: Math.round(wallMs),
      tasksPerMinute: Math.round((succeeded / (wallMs / 60_000)) * 10) / 10,
      apiCalls: apiCallsOf(standIn, logFrom, names),
      violations: standIn.violations.length,
      repositories: { clean, problems },
      catalogLate,
      backendRssPeakMiB: rssPeak,
      loadAverage: { before: loadBefore, after: os.loadavg() },
    };
  } finally {
    clearInterval(rssSampler);
    await backend?.stop();
    await standIn.close();
    await dropDatabases(databasePrefix);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * A task that did not complete, or a repository left with other than one branch, one pull
 * request and one run, fails the run: prints each and sets a non-zero exit code.
 */
export function failOnLoadProblems(result: LoadResult): void {
  const problems = [
    ...result.failures.map(f => `${f.repo}: ${f.status}: ${f.message}`),
    ...result.repositories.problems,
  ];
  if (problems.length === 0) return;
  process.stderr.write(
    `\nbench: the load run FAILED, ${result.succeeded} of ${
      result.tasks
    } tasks completed:\n${problems.join('\n')}\n`,
  );
  process.exitCode = 1;
}
