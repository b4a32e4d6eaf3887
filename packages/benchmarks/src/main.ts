// `yarn bench`: runs every benchmark one after the other in this process (backends in child
// processes), prints a table and writes every number to test-results/benchmarks.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFootprintBenchmark } from './backend/footprintBench';
import { RESULTS_FILE } from './paths';
import { runPullRequestBenchmark } from './pullRequest/pullRequestBench';
import { runRenderBenchmark } from './render/renderBench';
import { BenchmarkResults, formatReport } from './report';
import { runEndToEndBenchmark } from './scaffolder/endToEndBench';
import {
  DEFAULT_CONCURRENT_TASKS_LIMIT,
  LOAD_TASKS,
  STAND_IN_WRITE_PACING_MS,
  failOnLoadProblems,
  runLoadBenchmark,
} from './scaffolder/loadBench';

const RENDER_RUNS = 10;
const PULL_REQUEST_PLAN = [
  { files: 10, runs: 5, pacedRuns: 1 },
  { files: 100, runs: 3, pacedRuns: 1 },
  // The stock action takes about a minute here (one request per file): one run each.
  { files: 1000, runs: 1, pacedRuns: 1 },
];
const END_TO_END_RUNS = 10;
const BACKEND_STARTS = 2;

async function step<T>(title: string, run: () => Promise<T>): Promise<T> {
  process.stderr.write(`bench: ${title}...\n`);
  const start = performance.now();
  const result = await run();
  process.stderr.write(
    `bench: ${title} took ${Math.round(
      (performance.now() - start) / 1000,
    )} s\n`,
  );
  return result;
}

async function main() {
  const loadBefore = os.loadavg();
  const results: BenchmarkResults = {
    render: await step('render', () => runRenderBenchmark(RENDER_RUNS)),
    pullRequest: await step('pull request', () =>
      runPullRequestBenchmark(PULL_REQUEST_PLAN),
    ),
    endToEnd: await step('end to end', () =>
      runEndToEndBenchmark(END_TO_END_RUNS),
    ),
    load: await step('load', () =>
      runLoadBenchmark({
        tasks: LOAD_TASKS,
        concurrentTasksLimit: DEFAULT_CONCURRENT_TASKS_LIMIT,
        writePacingMs: STAND_IN_WRITE_PACING_MS,
      }),
    ),
    footprint: await step('footprint', () =>
      runFootprintBenchmark(BACKEND_STARTS),
    ),
  };
  const machine = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: { before: loadBefore, after: os.loadavg() },
  };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ machine, ...results }, null, 2)}\n`,
  );
  process.stdout.write(
    `\n${formatReport(results)}\n\nAll numbers: ${RESULTS_FILE}\n`,
  );
  failOnLoadProblems(results.load);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
