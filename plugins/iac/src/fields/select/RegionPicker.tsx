import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { regionHint } from '../pricing/priceHints';
import { usePriceTable } from '../pricing/usePriceTable';
import { enumOptions } from './enumOptions';
import { SelectWithHints } from './SelectWithHints';

/** The region of the chosen cloud, each shown with how its prices compare. */
export const RegionPicker = (props: FieldExtensionComponentProps<string>) => {
  const { schema, formData, onChange, idSchema, rawErrors, formContext } =
    props;
  const table = usePriceTable(formContext?.formData);
  return (
    <SelectWithHints
      id={idSchema?.$id}
      label={schema.title ?? 'Region'}
      description={schema.description}
      value={formData}
      options={enumOptions(schema).map(option => ({
        ...option,
        hint: table && regionHint(table, option.value),
      }))}
      onChange={onChange}
      required={props.required}
      disabled={props.disabled}
      error={!!rawErrors?.length}
    />
  );
};
