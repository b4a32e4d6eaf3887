import { ResponseError } from '@backstage/errors';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { JsonObject } from '@backstage/types';
import { IacApi } from './IacApi';
import { CostEstimate, PriceTable, WorkflowRunList } from './types';

export class IacClient implements IacApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  estimateCost(request: {
    templateRef: string;
    values: JsonObject;
  }): Promise<CostEstimate> {
    return this.request('/cost-estimate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  getPriceTable(cloud: string): Promise<PriceTable> {
    return this.request(`/pricing/${encodeURIComponent(cloud)}`);
  }

  listWorkflowRuns(entityRef: string): Promise<WorkflowRunList> {
    return this.request(`/runs?entityRef=${encodeURIComponent(entityRef)}`);
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('iac');
    const response = await this.options.fetchApi.fetch(
      `${baseUrl}${path}`,
      init,
    );
    if (!response.ok) {
      const error = await ResponseError.fromResponse(response);
      // The backend's own message says what to change; the status line does not.
      throw error.body?.error?.message
        ? new Error(error.body.error.message)
        : error;
    }
    return response.json();
  }
}
