/**
 * Benchmarks of the portal's scaffolder actions and backend against stock Backstage; run them
 * with `yarn bench` at the repository root (see docs/benchmarks.md).
 *
 * @packageDocumentation
 */
export { runRenderBenchmark } from './render/renderBench';
export { runPullRequestBenchmark } from './pullRequest/pullRequestBench';
export { runEndToEndBenchmark } from './scaffolder/endToEndBench';
export { runLoadBenchmark } from './scaffolder/loadBench';
export { runFootprintBenchmark } from './backend/footprintBench';
export { formatLoadReport, formatReport } from './report';
export type { BenchmarkResults } from './report';
