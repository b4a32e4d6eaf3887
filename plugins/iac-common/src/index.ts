/**
 * Permissions and types shared by the IaC Portal's frontend and backend plugins.
 *
 * @packageDocumentation
 */
export { iacPermissions, iacProdEnvironmentCreatePermission } from './permissions';
export type {
  CostEstimate,
  CostLine,
  CostLineInput,
  EnvironmentCost,
  Price,
  PriceItem,
  PriceTable,
} from './cost';
export type { WorkflowRunList, WorkflowRunSummary } from './workflowRuns';
