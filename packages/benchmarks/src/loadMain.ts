// `yarn bench:load`: the load benchmark alone. Prints its lines of the table and stores its
// result as `load` in test-results/benchmarks.json, beside the other benchmarks' last results.
// Options: `--default-pacing` keeps the product's GitHub write pacing, as against real GitHub,
// instead of turning it off for the stand-in; `--concurrent-tasks-limit=N` sets the scaffolder's
// task workers (default: Backstage's 10).
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_FILE } from './paths';
import { formatLoadReport } from './report';
import {
  DEFAULT_CONCURRENT_TASKS_LIMIT,
  LOAD_TASKS,
  STAND_IN_WRITE_PACING_MS,
  failOnLoadProblems,
  runLoadBenchmark,
} from './scaffolder/loadBench';

async function main() {
  let concurrentTasksLimit = DEFAULT_CONCURRENT_TASKS_LIMIT;
  let writePacingMs: number | undefined = STAND_IN_WRITE_PACING_MS;
  for (const arg of process.argv.slice(2)) {
    const limit = /^--concurrent-tasks-limit=([1-9]\d*)$/.exec(arg);
    if (limit) concurrentTasksLimit = Number(limit[1]);
    else if (arg === '--default-pacing') writePacingMs = undefined;
    else throw new Error(`Unknown option ${arg}`);
  }
  const load = await runLoadBenchmark({
    tasks: LOAD_TASKS,
    concurrentTasksLimit,
    writePacingMs,
  });
  const previous = fs.existsSync(RESULTS_FILE)
    ? JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'))
    : {};
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ ...previous, load }, null, 2)}\n`,
  );
  process.stdout.write(
    `\n${formatLoadReport(load)}\n\nAll numbers: ${RESULTS_FILE}\n`,
  );
  failOnLoadProblems(load);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
