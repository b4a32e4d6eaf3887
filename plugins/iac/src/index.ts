/**
 * The IaC Portal's frontend plugin.
 *
 * @packageDocumentation
 */
export { iacPlugin as default } from './plugin';
export { iacApiRef } from './api';
export { iacTechDocsModule } from './techdocs/extensions';
export type {
  IacApi,
  CostEstimate,
  PriceTable,
  WorkflowRun,
  WorkflowRunList,
} from './api';
