export type {
  CostEstimate,
  CostLine,
  CostLineInput,
  EnvironmentCost,
  Price,
  PriceItem,
  PriceTable,
} from '@internal/plugin-iac-common';
