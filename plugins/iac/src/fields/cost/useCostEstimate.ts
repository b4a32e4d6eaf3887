import { useApi } from '@backstage/frontend-plugin-api';
import { JsonObject } from '@backstage/types';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { CostEstimate, iacApiRef } from '../../api';

// Sizes change a keystroke at a time; one estimate per pause is enough.
const DEBOUNCE_MS = 400;

export interface CostEstimateState {
  estimate?: CostEstimate;
  loading: boolean;
  error?: Error;
}

/** The live monthly estimate of a template's form values, recomputed as they change. */
export function useCostEstimate(
  templateRef: string,
  values: JsonObject,
): CostEstimateState {
  const iacApi = useApi(iacApiRef);
  const serialized = JSON.stringify(values);
  // Also waits out the first render, before the form has filled in the step's defaults.
  const [settled, setSettled] = useState<string>();
  useDebounce(() => setSettled(serialized), DEBOUNCE_MS, [serialized]);
  const { value, loading, error } = useAsync(
    async () =>
      settled === undefined
        ? undefined
        : iacApi.estimateCost({ templateRef, values: JSON.parse(settled) }),
    [iacApi, templateRef, settled],
  );
  return { estimate: value, loading: loading || settled === undefined, error };
}
