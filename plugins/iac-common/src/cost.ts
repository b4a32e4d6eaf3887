/** One `cost` line of a manifest entry, before it is priced. */
export interface CostLineInput {
  item: string;
  unit?: string;
  quantity: number;
}

/** A priced cost line, as `iac:render` outputs it and the cost panel shows it. */
export interface CostLine {
  resource: string;
  item: string;
  unit?: string;
  quantity: number;
  monthly: number;
}

export interface EnvironmentCost {
  name: string;
  total: number;
  lines: CostLine[];
}

/** The monthly cost estimate of a rendered stack (the `cost` of the stack format). */
export interface CostEstimate {
  currency: string;
  total: number;
  environments: EnvironmentCost[];
}

/** A price: one figure, or one figure per unit (for example per instance size). */
export type Price = number | Record<string, number>;

export interface PriceItem {
  description?: string;
  hourly?: Price;
  monthly?: Price;
}

/** A cloud's price table (`templates/shared/pricing/<cloud>.yaml`). */
export interface PriceTable {
  currency: string;
  hoursPerMonth: number;
  /** Region -> multiplier applied to every price. */
  regions: Record<string, number>;
  items: Record<string, PriceItem>;
}
