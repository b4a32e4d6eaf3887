import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { JsonObject } from '@backstage/types';
import Box from '@material-ui/core/Box';
import { useParams } from 'react-router-dom';
import { CostPanel } from './CostPanel';

/**
 * Shows the field it is set on as usual (for example the cluster sizes), followed by the live
 * cost estimate of the whole form.
 */
export const CostEstimateField = (
  props: FieldExtensionComponentProps<JsonObject>,
) => {
  const { ObjectField } = props.registry.fields;
  // The template being filled in, from the scaffolder's /templates/:namespace/:templateName.
  const { namespace = 'default', templateName } = useParams();
  return (
    <>
      <ObjectField {...props} />
      {templateName ? (
        <Box mt={2}>
          <CostPanel
            templateRef={`template:${namespace}/${templateName}`}
            values={props.formContext?.formData ?? {}}
          />
        </Box>
      ) : null}
    </>
  );
};
