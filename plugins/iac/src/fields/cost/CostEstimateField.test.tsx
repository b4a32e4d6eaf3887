import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { iacApiRef } from '../../api';
import { CostEstimateField } from './CostEstimateField';

describe('CostEstimateField', () => {
  it('shows the field as usual, then the estimate of the template being filled in', async () => {
    const estimateCost = jest.fn().mockResolvedValue({
      currency: 'USD',
      total: 218.49,
      environments: [{ name: 'dev', total: 218.49, lines: [] }],
    });
    const formData = { cloud: 'aws', environments: ['dev'] };
    const props = {
      registry: {
        fields: { ObjectField: () => <p>Cluster size per environment</p> },
      },
      formContext: { formData },
    } as any;
    await renderInTestApp(<CostEstimateField {...props} />, {
      apis: [[iacApiRef, { estimateCost }]],
      mountPath: '/create/templates/:namespace/:templateName',
      initialRouteEntries: ['/create/templates/default/billpay-infrastructure'],
    });
    expect(
      screen.getByText('Cluster size per environment'),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('cost-total')).toHaveTextContent(
      '218.49 USD',
    );
    expect(estimateCost).toHaveBeenCalledWith({
      templateRef: 'template:default/billpay-infrastructure',
      values: formData,
    });
  });
});
