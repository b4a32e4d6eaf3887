// Footprint: cold start (spawn to readiness) and memory once the catalog has settled, of the
// portal's backend and of the same backend without this project's modules. The two are started in
// turn, so load from other processes on the machine falls on both alike. Besides resident memory
// (VmRSS), which moves with the timing of garbage collection, the JS heap and external memory are
// read after a forced collection; and a fresh process measures what loading the modules adds.
import { execFileSync } from 'node:child_process';
import { BACKEND_DIR } from '../paths';
import { guestToken } from '../scaffolder/scaffolderApi';
import { median, ratio } from '../stats';
import {
  BACKEND_ENTRY,
  MODULE_LOAD_COST_SCRIPT,
  STOCK_BACKEND_ENTRY,
  nodeArgs,
  startBackend,
} from './backendProcess';
import { waitForCatalogToSettle } from './catalogSettled';

type Backend = 'portal' | 'stock';
const MEASURES = ['readyMs', 'rssMiB', 'heapUsedMiB', 'externalMiB'] as const;
type Measure = (typeof MEASURES)[number];

export type FootprintSample = Record<Measure, number> & { entities: number };

export interface FootprintResult {
  config: string[];
  samples: Record<Backend, FootprintSample[]>;
  medians: Record<Backend, Record<Measure, number>>;
  /** portal / stock, medians. */
  ratios: Record<Measure, number>;
  /** What loading the stock features, then this project's modules, added in a fresh process. */
  moduleLoad: Record<'stock' | 'portalModules', { ms: number; rssMiB: number }>;
}

const CONFIG = ['app-config.yaml'];
const ENTRIES: Record<Backend, string> = {
  portal: BACKEND_ENTRY,
  stock: STOCK_BACKEND_ENTRY,
};

async function measure(entry: string): Promise<FootprintSample> {
  const backend = await startBackend({ entry, configs: CONFIG });
  try {
    const token = await guestToken(backend.baseUrl);
    const entities = await waitForCatalogToSettle(backend.baseUrl, token);
    const rssMiB = backend.rssMiB();
    const memory = await backend.memoryAfterGc();
    return {
      readyMs: Math.round(backend.readyMs),
      rssMiB,
      heapUsedMiB: memory.heapUsed,
      externalMiB: memory.external,
      entities,
    };
  } finally {
    await backend.stop();
  }
}

function measureModuleLoad(): FootprintResult['moduleLoad'] {
  const output = execFileSync(
    process.execPath,
    nodeArgs(MODULE_LOAD_COST_SCRIPT),
    { cwd: BACKEND_DIR, timeout: 120_000, encoding: 'utf8' },
  );
  return JSON.parse(output);
}

export async function runFootprintBenchmark(
  starts: number,
): Promise<FootprintResult> {
  const samples: Record<Backend, FootprintSample[]> = { portal: [], stock: [] };
  for (let start = 0; start < starts; start++) {
    for (const backend of ['portal', 'stock'] as Backend[]) {
      samples[backend].push(await measure(ENTRIES[backend]));
    }
  }
  const medianOf = (backend: Backend) =>
    Object.fromEntries(
      MEASURES.map(m => [
        m,
        Math.round(median(samples[backend].map(s => s[m])) * 10) / 10,
      ]),
    ) as Record<Measure, number>;
  const medians = { portal: medianOf('portal'), stock: medianOf('stock') };
  return {
    config: CONFIG,
    samples,
    medians,
    ratios: Object.fromEntries(
      MEASURES.map(m => [m, ratio(medians.portal[m], medians.stock[m])]),
    ) as Record<Measure, number>,
    moduleLoad: measureModuleLoad(),
  };
}
