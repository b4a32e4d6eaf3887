import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import TextField from '@material-ui/core/TextField';
import { CidrRules, cidrProblem } from './cidrProblem';

/** A text field for an IPv4 range that says what is wrong while the person types. */
export const CidrField = (
  props: FieldExtensionComponentProps<string, CidrRules>,
) => {
  const { formData, onChange, required, disabled, rawErrors, idSchema } = props;
  const { schema, uiSchema } = props;
  const problem = cidrProblem(formData ?? '', uiSchema['ui:options']);
  // Once the step is submitted, the form lists the field's errors itself below it.
  const submitted = !!rawErrors?.length;
  return (
    <TextField
      id={idSchema?.$id}
      label={schema.title}
      placeholder="10.0.0.0/16"
      helperText={(!submitted && problem) || schema.description}
      required={required}
      disabled={disabled}
      value={formData ?? ''}
      onChange={event => onChange(event.target.value || undefined)}
      margin="normal"
      error={submitted || !!problem}
      inputProps={{ spellCheck: false, autoComplete: 'off' }}
      FormHelperTextProps={{ style: { marginLeft: 0 } }}
    />
  );
};

/** Refuses the step when the range is not acceptable; the message names the field. */
export const validateCidr: CustomFieldValidator<string, CidrRules> = (
  value,
  validation,
  context,
) => {
  const problem = cidrProblem(value ?? '', context.uiSchema?.['ui:options']);
  if (problem) validation.addError(problem);
};
