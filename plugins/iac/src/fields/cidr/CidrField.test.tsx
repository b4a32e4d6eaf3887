import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { CidrField } from './CidrField';

function renderField(formData: string, onChange = jest.fn()) {
  const props = {
    formData,
    onChange,
    schema: { title: 'Network range', description: 'Private IPv4 range' },
    uiSchema: { 'ui:options': { maxPrefix: 16 } },
    idSchema: { $id: 'root_networkCidr' },
    rawErrors: [],
  } as any;
  return renderInTestApp(<CidrField {...props} />);
}

describe('CidrField', () => {
  it('shows the description while the range is fine', async () => {
    await renderField('10.0.0.0/16');
    expect(screen.getByLabelText('Network range')).toHaveValue('10.0.0.0/16');
    expect(screen.getByText('Private IPv4 range')).toBeInTheDocument();
  });

  it('says what is wrong with a range while it is typed', async () => {
    await renderField('10.0.0.0/24');
    expect(
      screen.getByText(
        '"10.0.0.0/24" is too small: use a /16 or larger range (a prefix length of at most 16)',
      ),
    ).toBeInTheDocument();
  });

  it('passes what is typed to the form', async () => {
    const onChange = jest.fn();
    await renderField('', onChange);
    fireEvent.change(screen.getByLabelText('Network range'), {
      target: { value: '10.1.0.0/16' },
    });
    expect(onChange).toHaveBeenCalledWith('10.1.0.0/16');
  });
});
