import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { IacClient, iacApiRef } from './api';
import { infrastructureEntityContent } from './entity/extensions';
import {
  cidrFormField,
  costEstimateFormField,
  instanceTypePickerFormField,
  regionPickerFormField,
} from './fields/extensions';

const iacApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: iacApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new IacClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The IaC Portal's screens: template form fields (region, instance type, CIDR, live cost
 * estimate) and the Infrastructure tab of the Systems the portal created.
 *
 * @public
 */
export const iacPlugin = createFrontendPlugin({
  pluginId: 'iac',
  extensions: [
    iacApi,
    regionPickerFormField,
    instanceTypePickerFormField,
    cidrFormField,
    costEstimateFormField,
    infrastructureEntityContent,
  ],
});
