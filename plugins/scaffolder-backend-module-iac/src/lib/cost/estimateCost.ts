import { InputError } from '@backstage/errors';
import {
  CostEstimate,
  CostLine,
  CostLineInput,
  Price,
  PriceTable,
} from '@internal/plugin-iac-common';

/** The part of a manifest entry the estimate reads. */
export interface PricedResource {
  name: string;
  environment: string;
  cost?: CostLineInput[];
}

export interface EstimateOptions {
  resources: PricedResource[];
  /** The selected environments, in order; each gets an entry even without costs. */
  environments: string[];
  /** The price table and its path (for error messages); may be absent when nothing is priced. */
  priceTable?: { file: string; table: PriceTable };
  /** The region the stack deploys to; prices are multiplied by its factor. */
  region?: string;
}

const DEFAULT_CURRENCY = 'USD';

function cents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

function unitPrice(
  price: Price,
  unit: string | undefined,
  describe: () => string,
): number {
  if (typeof price === 'number') {
    if (unit !== undefined) {
      throw new InputError(
        `${describe()} has no units, but unit "${unit}" was given`,
      );
    }
    return price;
  }
  const units = Object.keys(price).join(', ');
  if (unit === undefined) {
    throw new InputError(
      `${describe()} is priced per unit: give a unit (one of ${units})`,
    );
  }
  if (!Object.hasOwn(price, unit)) {
    throw new InputError(
      `${describe()} has no unit "${unit}" (known units: ${units})`,
    );
  }
  return price[unit];
}

/**
 * Prices every cost line of the manifest:
 * `monthly = quantity * (hourly * hoursPerMonth | monthly) * regionMultiplier`, rounded to cents,
 * then totals per environment and overall.
 */
export function estimateCost(options: EstimateOptions): CostEstimate {
  const { resources, environments, priceTable, region } = options;
  const table = priceTable?.table;
  let multiplier = 1;
  if (table && region !== undefined) {
    if (!Object.hasOwn(table.regions, region)) {
      throw new InputError(
        `${
          priceTable.file
        }: no price multiplier for region "${region}" (known regions: ${Object.keys(
          table.regions,
        ).join(', ')})`,
      );
    }
    multiplier = table.regions[region];
  }

  const priceLine = (
    resource: PricedResource,
    line: CostLineInput,
  ): CostLine => {
    if (!table) {
      throw new InputError(
        `Resource "${resource.name}" has a cost, but the stack's cloud has no price table`,
      );
    }
    const describe = () =>
      `Resource "${resource.name}": price item "${line.item}" in ${priceTable.file}`;
    if (!Object.hasOwn(table.items, line.item)) {
      throw new InputError(
        `Resource "${resource.name}": unknown price item "${line.item}" (not in ${priceTable.file})`,
      );
    }
    const item = table.items[line.item];
    const base =
      item.hourly !== undefined
        ? unitPrice(item.hourly, line.unit, describe) * table.hoursPerMonth
        : unitPrice(item.monthly!, line.unit, describe);
    return {
      resource: resource.name,
      item: line.item,
      ...(line.unit !== undefined && { unit: line.unit }),
      quantity: line.quantity,
      monthly: cents(line.quantity * base * multiplier),
    };
  };

  const perEnvironment = environments.map(name => {
    const lines = resources
      .filter(r => r.environment === name)
      .flatMap(r => (r.cost ?? []).map(line => priceLine(r, line)));
    return {
      name,
      total: cents(lines.reduce((sum, l) => sum + l.monthly, 0)),
      lines,
    };
  });
  return {
    currency: table?.currency ?? DEFAULT_CURRENCY,
    total: cents(perEnvironment.reduce((sum, e) => sum + e.total, 0)),
    environments: perEnvironment,
  };
}

/** The priced monthly total of each resource that has cost lines, by resource name. */
export function monthlyCostByResource(
  estimate: CostEstimate,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const environment of estimate.environments) {
    for (const line of environment.lines) {
      totals.set(
        line.resource,
        cents((totals.get(line.resource) ?? 0) + line.monthly),
      );
    }
  }
  return totals;
}
