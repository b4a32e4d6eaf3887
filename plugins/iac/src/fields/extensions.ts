import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

export const regionPickerFormField = FormFieldBlueprint.make({
  name: 'region-picker',
  params: {
    field: () => import('./formFields').then(m => m.regionPickerField),
  },
});

export const instanceTypePickerFormField = FormFieldBlueprint.make({
  name: 'instance-type-picker',
  params: {
    field: () => import('./formFields').then(m => m.instanceTypePickerField),
  },
});

export const cidrFormField = FormFieldBlueprint.make({
  name: 'cidr',
  params: {
    field: () => import('./formFields').then(m => m.cidrField),
  },
});

export const costEstimateFormField = FormFieldBlueprint.make({
  name: 'cost-estimate',
  params: {
    field: () => import('./formFields').then(m => m.costEstimateField),
  },
});
