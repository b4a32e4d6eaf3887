/** The answers of the IaC backend plugin (`/api/iac`). */

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

/** The monthly estimate, priced as `iac:render` prices it. */
export interface CostEstimate {
  currency: string;
  total: number;
  environments: EnvironmentCost[];
}

/** A price: one figure, or one figure per unit (for example per instance type). */
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

export interface WorkflowRun {
  id: number;
  workflow: string;
  title: string;
  status: string;
  /** null while the run is not completed. */
  conclusion: string | null;
  event: string;
  branch: string | null;
  createdAt: string;
  updatedAt: string;
  /** The run's page, with its jobs and their logs. */
  url: string;
}

export interface WorkflowRunList {
  /** owner/repository */
  repository: string;
  runs: WorkflowRun[];
}
