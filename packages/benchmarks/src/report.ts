// The table `yarn bench` prints: one line per measurement, this project next to stock Backstage.
import type { FootprintResult } from './backend/footprintBench';
import type { PullRequestResult } from './pullRequest/pullRequestBench';
import type { RenderResult } from './render/renderBench';
import type { EndToEndResult } from './scaffolder/endToEndBench';
import type { LoadResult } from './scaffolder/loadBench';
import { ratio } from './stats';
import { formatTable } from './table';

export interface BenchmarkResults {
  render: RenderResult;
  pullRequest: PullRequestResult;
  endToEnd: EndToEndResult;
  load: LoadResult;
  footprint: FootprintResult;
}

const HEADER = ['Measurement', 'This project', 'Stock', 'Ratio', 'Notes'];

const ms = (value: number) => `${Math.round(value)} ms`;
const fixed = (value: number) => value.toFixed(2);

function renderRows(r: RenderResult): string[][] {
  const { comparison: c, timings: t } = r;
  const checks = (status: string) =>
    r.validation.checks.filter(x => x.status === status).length;
  const runs = `median of ${t.iacRender.runs}`;
  return [
    [
      `Render: iac:render vs fetch:template (${runs})`,
      ms(t.iacRender.median),
      ms(t.fetchTemplate.median),
      fixed(r.ratio),
      `${r.files} files; ${c.identical} byte-identical, ${c.differing.length} differ, ${c.onlyInStock.length} only in stock`,
    ],
    [
      'Render: iac:render + iac:validate',
      ms(t.iacRenderValidate.median),
      '',
      '',
      `validation ${r.validation.passed ? 'passed' : 'FAILED'}: ${checks(
        'passed',
      )} checks passed, ${checks('skipped')} skipped`,
    ],
  ];
}

function pullRequestRows(r: PullRequestResult): string[][] {
  const files = [...new Set(r.lines.map(l => l.files))];
  return files.flatMap(n => {
    const line = (variant: string) =>
      r.lines.find(l => l.files === n && l.variant === variant);
    const iac = line('iac')!;
    const stock = line('stock')!;
    const paced = line('iacPaced');
    const rows = [
      [
        `PR ${n} files: wall time (median of ${iac.timing.runs})`,
        ms(iac.timing.median),
        ms(stock.timing.median),
        fixed(ratio(iac.timing.median, stock.timing.median)),
        `writePacingMs 0 (stock does not pace); ${r.latencyMs} ms per request`,
      ],
      [
        `PR ${n} files: GitHub API calls`,
        String(iac.apiCalls),
        String(stock.apiCalls),
        fixed(ratio(iac.apiCalls, stock.apiCalls)),
        `stand-in violations: ${iac.violations} ours, ${stock.violations} stock`,
      ],
    ];
    if (paced) {
      rows.push([
        `PR ${n} files: default write pacing (${paced.timing.runs} run)`,
        ms(paced.timing.median),
        ms(stock.timing.median),
        fixed(ratio(paced.timing.median, stock.timing.median)),
        `content-creating requests 1 s apart; violations: ${paced.violations}`,
      ]);
    }
    return rows;
  });
}

function endToEndRows(r: EndToEndResult): string[][] {
  const p = r.phases;
  return [
    [
      `End to end: POST to completed p50 / p95 (${r.total.runs} runs)`,
      `${ms(r.total.median)} / ${ms(r.total.p95)}`,
      '',
      '',
      `simulated workflow ${ms(r.workflowMs)}; first task ${ms(r.firstRunMs)}`,
    ],
    [
      'End to end: overhead beyond the workflow p50 / p95',
      `${ms(r.overhead.median)} / ${ms(r.overhead.p95)}`,
      '',
      '',
      `phases (median): render+validate ${ms(p.renderAndValidate)}, PR ${ms(
        p.pullRequest,
      )}, workflow ${ms(p.workflow)}, track ${ms(p.trackAndFinish)}`,
    ],
    [
      'End to end: GitHub API calls per task',
      String(r.apiCallsPerRun),
      '',
      '',
      `stand-in violations: ${r.violations}`,
    ],
  ];
}

function loadRows(r: LoadResult): string[][] {
  const load = (values: number[]) => values[0].toFixed(1);
  const pacing =
    r.writePacingMs === null
      ? 'default GitHub pacing'
      : `writePacingMs ${r.writePacingMs}`;
  const { total, queued, apiCalls } = r;
  return [
    [
      `Load: ${r.tasks} tasks at once, succeeded`,
      `${r.succeeded} / ${r.tasks}`,
      '',
      '',
      `${r.database}; ${r.template.split('/')[1]} (${r.environments.join(
        ', ',
      )}); concurrentTasksLimit ${r.concurrentTasksLimit}; ${pacing}`,
    ],
    [
      'Load: POST to completed p50 / p95 / max',
      `${ms(total.median)} / ${ms(total.p95)} / ${ms(total.max)}`,
      '',
      '',
      `waiting for a worker p50 ${ms(queued.median)} (max ${ms(
        queued.max,
      )}), then running p50 ${ms(r.running.median)} (max ${ms(
        r.running.max,
      )}); one task alone ${ms(r.firstTaskMs)}`,
    ],
    [
      'Load: steps of a task (median)',
      '',
      '',
      '',
      Object.entries(r.steps)
        .map(([step, value]) => `${step} ${ms(value)}`)
        .join(', '),
    ],
    [
      'Load: throughput',
      `${r.tasksPerMinute} tasks/min`,
      '',
      '',
      `${ms(r.wallMs)} first POST to last completion; load average ${load(
        r.loadAverage.before,
      )} -> ${load(r.loadAverage.after)}; backend RSS peak ${
        r.backendRssPeakMiB
      } MiB`,
    ],
    [
      'Load: GitHub API calls per task',
      String(apiCalls.perTask),
      '',
      '',
      `${
        apiCalls.min === apiCalls.max
          ? apiCalls.min
          : `${apiCalls.min}-${apiCalls.max}`
      } naming its repository, ${
        apiCalls.other
      } in all naming none; stand-in violations: ${r.violations}`,
    ],
    [
      'Load: one branch, one PR, one run per repository',
      `${r.repositories.clean} / ${r.tasks}`,
      '',
      '',
      `workflow ${ms(r.workflowMs)}, ${r.latencyMs} ms per request; ${
        r.catalogLate
      } tasks ended before the catalog showed their stack`,
    ],
  ];
}

/** The load benchmark's lines alone, for `yarn bench:load`. */
export function formatLoadReport(load: LoadResult): string {
  return formatTable(HEADER, loadRows(load));
}

function footprintRows(r: FootprintResult): string[][] {
  const starts = r.samples.portal.length;
  const { portal, stock } = r.medians;
  const load = r.moduleLoad;
  const mib = (value: number) => `${value} MiB`;
  return [
    [
      `Backend cold start to ready (median of ${starts})`,
      ms(portal.readyMs),
      ms(stock.readyMs),
      fixed(r.ratios.readyMs),
      'stock: the same plugins without the @internal modules',
    ],
    [
      'Backend RSS after the catalog settled',
      mib(portal.rssMiB),
      mib(stock.rssMiB),
      fixed(r.ratios.rssMiB),
      `VmRSS; ${r.samples.portal[0].entities} entities in the catalog`,
    ],
    [
      'Backend JS heap / external after a GC',
      `${portal.heapUsedMiB} / ${mib(portal.externalMiB)}`,
      `${stock.heapUsedMiB} / ${mib(stock.externalMiB)}`,
      '',
      'process.memoryUsage() after a forced garbage collection',
    ],
    [
      'Loading the modules (fresh process)',
      `+${ms(load.portalModules.ms)}, +${mib(load.portalModules.rssMiB)}`,
      `${ms(load.stock.ms)}, ${mib(load.stock.rssMiB)}`,
      '',
      'ours: @internal modules loaded after the stock features',
    ],
  ];
}

export function formatReport(results: BenchmarkResults): string {
  return formatTable(HEADER, [
    ...renderRows(results.render),
    ...pullRequestRows(results.pullRequest),
    ...endToEndRows(results.endToEnd),
    ...loadRows(results.load),
    ...footprintRows(results.footprint),
  ]);
}
