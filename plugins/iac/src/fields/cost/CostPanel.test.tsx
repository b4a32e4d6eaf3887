import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { iacApiRef } from '../../api';
import { CostPanel } from './CostPanel';

const values = {
  cloud: 'aws',
  region: 'eu-west-1',
  environments: ['dev', 'prod'],
};

describe('CostPanel', () => {
  it('shows the estimate of the form values, in total and per environment', async () => {
    const estimateCost = jest.fn().mockResolvedValue({
      currency: 'USD',
      total: 1234.5,
      environments: [
        { name: 'dev', total: 234.5, lines: [] },
        { name: 'prod', total: 1000, lines: [] },
      ],
    });
    await renderInTestApp(
      <CostPanel
        templateRef="template:default/billpay-infrastructure"
        values={values}
      />,
      { apis: [[iacApiRef, { estimateCost }]] },
    );
    expect(await screen.findByText('1,234.50 USD')).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: 'dev 234.50 USD' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: 'prod 1,000.00 USD' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/On-demand list prices in eu-west-1/),
    ).toBeInTheDocument();
    expect(estimateCost).toHaveBeenCalledWith({
      templateRef: 'template:default/billpay-infrastructure',
      values,
    });
  });

  it('says why there is no estimate', async () => {
    await renderInTestApp(
      <CostPanel
        templateRef="template:default/billpay-infrastructure"
        values={{}}
      />,
      {
        apis: [
          [
            iacApiRef,
            {
              estimateCost: jest
                .fn()
                .mockRejectedValue(
                  new Error(
                    'Choose at least one environment (dev, staging, prod) to see its cost',
                  ),
                ),
            },
          ],
        ],
      },
    );
    expect(
      await screen.findByText(
        'No estimate yet: Choose at least one environment (dev, staging, prod) to see its cost',
      ),
    ).toBeInTheDocument();
  });
});
