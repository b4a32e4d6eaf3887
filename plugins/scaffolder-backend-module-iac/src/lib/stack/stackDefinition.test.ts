import { InputError } from '@backstage/errors';
import { parseStackDefinition } from './stackDefinition';

describe('parseStackDefinition', () => {
  it('reads a stack with defaults for the title, the skeleton and the modules', () => {
    expect(
      parseStackDefinition(
        'apiVersion: iac-portal/v1\nkind: Stack\nmetadata:\n  name: billpay\nspec:\n  cloud: aws\n',
      ),
    ).toEqual({
      name: 'billpay',
      title: 'billpay',
      cloud: 'aws',
      skeleton: 'skeleton',
      manifest: undefined,
      modules: [],
    });
  });

  it.each([
    [
      'YAML that does not parse',
      'a: [',
      'stack.yaml: the rendered file is not valid YAML',
    ],
    [
      'another kind',
      'apiVersion: iac-portal/v1\nkind: Template\n',
      'stack.yaml: apiVersion must be "iac-portal/v1" and kind must be "Stack"',
    ],
    [
      'no cloud',
      'apiVersion: iac-portal/v1\nkind: Stack\nmetadata: { name: x }\nspec: {}\n',
      'stack.yaml: spec.cloud must be a non-empty string',
    ],
    [
      'a module without a target',
      'apiVersion: iac-portal/v1\nkind: Stack\nmetadata: { name: x }\nspec:\n  cloud: aws\n  modules: [{ from: aws/vpc }]\n',
      'stack.yaml: spec.modules[0].to must be a non-empty string',
    ],
    [
      'an absolute skeleton folder',
      'apiVersion: iac-portal/v1\nkind: Stack\nmetadata: { name: x }\nspec:\n  cloud: aws\n  skeleton: /etc\n',
      'stack.yaml: spec.skeleton must be a relative path inside its folder, but "/etc" is absolute',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseStackDefinition(text)).toThrow(InputError);
    expect(() => parseStackDefinition(text)).toThrow(message);
  });
});
