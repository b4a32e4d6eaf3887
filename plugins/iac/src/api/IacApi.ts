import { createApiRef } from '@backstage/frontend-plugin-api';
import { JsonObject } from '@backstage/types';
import { CostEstimate, PriceTable, WorkflowRunList } from './types';

/** The IaC backend plugin, as the portal's screens use it. */
export interface IacApi {
  /** The monthly cost of a template's form values, as far as they are filled in. */
  estimateCost(request: {
    templateRef: string;
    values: JsonObject;
  }): Promise<CostEstimate>;
  getPriceTable(cloud: string): Promise<PriceTable>;
  /** The latest workflow runs of the entity's GitHub repository. */
  listWorkflowRuns(entityRef: string): Promise<WorkflowRunList>;
}

export const iacApiRef = createApiRef<IacApi>().with({
  id: 'plugin.iac.api',
  pluginId: 'iac',
});
