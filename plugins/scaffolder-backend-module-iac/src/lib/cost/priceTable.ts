import { InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { Price, PriceItem, PriceTable } from '@internal/plugin-iac-common';

const CLOUD_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Where the price table of a cloud lives, relative to the stacks folder. */
export function priceTablePath(cloud: string): string {
  if (!CLOUD_NAME.test(cloud)) {
    throw new InputError(
      `stack.yaml: spec.cloud "${cloud}" is not a valid cloud name`,
    );
  }
  return `shared/pricing/${cloud}.yaml`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isPrice(value: unknown): value is Price {
  return (
    isAmount(value) || (isRecord(value) && Object.values(value).every(isAmount))
  );
}

/** Checks the shape of a parsed price table; `file` names it in errors. */
export function parsePriceTable(data: unknown, file: string): PriceTable {
  const fail = (problem: string): never => {
    throw new InputError(`${file}: ${problem}`);
  };
  if (!isRecord(data)) {
    return fail('the price table must be a mapping');
  }
  const { currency, hoursPerMonth = 730, regions = {}, items } = data;
  if (typeof currency !== 'string' || !currency) {
    fail('currency must be a non-empty string');
  }
  if (typeof hoursPerMonth !== 'number' || !(hoursPerMonth > 0)) {
    fail('hoursPerMonth must be a positive number');
  }
  if (
    !isRecord(regions) ||
    !Object.values(regions).every(m => typeof m === 'number' && m > 0)
  ) {
    fail('regions must map each region to a positive multiplier');
  }
  if (!isRecord(items)) {
    return fail('items must be a mapping of price items');
  }
  for (const [name, item] of Object.entries(items)) {
    if (!isRecord(item)) {
      fail(`item "${name}" must be a mapping`);
    }
    const { hourly, monthly } = item as PriceItem;
    if ((hourly === undefined) === (monthly === undefined)) {
      fail(`item "${name}" must have exactly one of hourly or monthly`);
    }
    if (!isPrice(hourly ?? monthly)) {
      fail(
        `item "${name}" must have a non-negative price, or a mapping of units to prices`,
      );
    }
  }
  return {
    currency: currency as string,
    hoursPerMonth: hoursPerMonth as number,
    regions: regions as Record<string, number>,
    items: items as Record<string, PriceItem>,
  };
}

/** Reads the price table of a cloud from the stacks folder; undefined when there is none. */
export async function loadPriceTable(
  stacksDir: string,
  cloud: string,
): Promise<{ file: string; table: PriceTable } | undefined> {
  const file = priceTablePath(cloud);
  let text: string;
  try {
    text = await fs.readFile(path.join(stacksDir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  return { file, table: parsePriceTable(data, file) };
}
