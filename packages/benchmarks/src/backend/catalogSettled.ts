import { setTimeout as sleep } from 'node:timers/promises';
import { entityCount } from '../scaffolder/scaffolderApi';

const POLL_MS = 1000;
const STABLE_POLLS = 4;
const TIMEOUT_MS = 120_000;

/**
 * Waits until the catalog holds entities and their number has not changed for
 * STABLE_POLLS polls in a row, and answers that number.
 */
export async function waitForCatalogToSettle(
  baseUrl: string,
  token: string,
): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline) {
    const count = await entityCount(baseUrl, token);
    stable = count > 0 && count === last ? stable + 1 : 0;
    if (stable >= STABLE_POLLS) return count;
    last = count;
    await sleep(POLL_MS);
  }
  throw new Error(
    `The catalog of ${baseUrl} did not settle within ${TIMEOUT_MS} ms`,
  );
}
