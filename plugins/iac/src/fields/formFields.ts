import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { CidrField, validateCidr } from './cidr/CidrField';
import { CostEstimateField } from './cost/CostEstimateField';
import { InstanceTypePicker } from './select/InstanceTypePicker';
import { RegionPicker } from './select/RegionPicker';

// The names templates use in `ui:field`.

export const regionPickerField = createFormField({
  name: 'IacRegionPicker',
  component: RegionPicker,
});

export const instanceTypePickerField = createFormField({
  name: 'IacInstanceTypePicker',
  component: InstanceTypePicker,
});

export const cidrField = createFormField({
  name: 'IacCidr',
  component: CidrField,
  validation: validateCidr,
});

export const costEstimateField = createFormField({
  name: 'IacCostEstimate',
  component: CostEstimateField,
});
