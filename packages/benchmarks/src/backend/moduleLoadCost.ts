// Run in a fresh child process by the footprint benchmark: loads the stock features, then this
// project's modules (as the portal's backend package resolves them), and prints as JSON the time
// and resident memory each group added. Unlike the whole backend's memory, which moves with
// garbage collection, this isolates what the modules themselves bring.
import { BACKEND_DIR } from '../paths';
import { PORTAL_MODULES, STOCK_FEATURES } from './backendFeatures';

function load(names: string[]) {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  for (const name of names)
    require(require.resolve(name, { paths: [BACKEND_DIR] }));
  return {
    ms: Math.round(performance.now() - start),
    rssMiB: Math.round((process.memoryUsage().rss - rss) / 2 ** 20),
  };
}

const stock = load(['@backstage/backend-defaults', ...STOCK_FEATURES]);
const portalModules = load(PORTAL_MODULES);
process.stdout.write(JSON.stringify({ stock, portalModules }));
