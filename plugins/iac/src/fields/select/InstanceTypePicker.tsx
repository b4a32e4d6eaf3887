import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { unitHints } from '../pricing/priceHints';
import { usePriceTable } from '../pricing/usePriceTable';
import { enumOptions } from './enumOptions';
import { SelectWithHints } from './SelectWithHints';

/** An instance type (VM size, shape) of the chosen cloud, each shown with its price in the chosen region. */
export const InstanceTypePicker = (
  props: FieldExtensionComponentProps<string>,
) => {
  const { schema, formData, onChange, idSchema, rawErrors, formContext } =
    props;
  const table = usePriceTable(formContext?.formData);
  const region = formContext?.formData?.region;
  return (
    <SelectWithHints
      id={idSchema?.$id}
      label={schema.title ?? 'Instance type'}
      description={schema.description}
      value={formData}
      options={enumOptions(schema).map(option => ({
        ...option,
        hint: table
          ? unitHints(
              table,
              option.value,
              typeof region === 'string' ? region : undefined,
            ).join('; ') || undefined
          : undefined,
      }))}
      onChange={onChange}
      required={props.required}
      disabled={props.disabled}
      error={!!rawErrors?.length}
    />
  );
};
