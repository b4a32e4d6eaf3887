import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { iacApiRef, PriceTable } from '../../api';

/**
 * The price table of the cloud chosen in the form (its `cloud` value). Without one, or when the
 * table cannot be read, the pickers simply show no prices.
 */
export function usePriceTable(formData: unknown): PriceTable | undefined {
  const iacApi = useApi(iacApiRef);
  const cloud =
    typeof formData === 'object' && formData && 'cloud' in formData
      ? (formData as { cloud?: unknown }).cloud
      : undefined;
  const { value } = useAsync(
    async () =>
      typeof cloud === 'string' && cloud
        ? iacApi.getPriceTable(cloud).catch(() => undefined)
        : undefined,
    [iacApi, cloud],
  );
  return value;
}
