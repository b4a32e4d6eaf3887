export { estimateCost, monthlyCostByResource } from './estimateCost';
export type { EstimateOptions, PricedResource } from './estimateCost';
export { loadPriceTable, parsePriceTable, priceTablePath } from './priceTable';
export type {
  CostEstimate,
  CostLine,
  CostLineInput,
  EnvironmentCost,
  PriceTable,
} from '@internal/plugin-iac-common';
