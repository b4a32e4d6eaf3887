/** The answers of the IaC backend plugin (`/api/iac`), typed once for both sides. */
export type {
  CostEstimate,
  CostLine,
  EnvironmentCost,
  Price,
  PriceItem,
  PriceTable,
  WorkflowRunList,
  WorkflowRunSummary as WorkflowRun,
} from '@internal/plugin-iac-common';
