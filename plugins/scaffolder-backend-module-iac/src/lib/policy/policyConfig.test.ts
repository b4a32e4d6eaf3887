import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  policiesFolder,
  testPolicyConfig,
} from './__testUtils__/policyFixture';
import { loadPolicyConfig } from './policyConfig';

describe('loadPolicyConfig', () => {
  const mockDir = createMockDirectory();

  it('reads the three files of the policies folder', async () => {
    mockDir.setContent(policiesFolder);
    await expect(loadPolicyConfig(mockDir.path)).resolves.toEqual(
      testPolicyConfig,
    );
  });

  it.each([
    [
      { 'required-tags.yaml': 'keys: owner' },
      'required-tags.yaml: keys must be a list of names',
    ],
    [
      { 'prod-resilience.yaml': 'environments: [production]' },
      'environments: unknown environment production',
    ],
    [
      { 'instance-types.yaml': 'aws:\n  qa: [t3.small]' },
      'aws: unknown environment qa',
    ],
    [
      { 'instance-types.yaml': 'aws: [t3.small]' },
      'instance-types.yaml: aws must be a mapping',
    ],
  ])(
    'stops on a mistake, naming the file and key (%j)',
    async (broken, message) => {
      mockDir.setContent({ ...policiesFolder, ...broken });
      await expect(loadPolicyConfig(mockDir.path)).rejects.toThrow(message);
    },
  );

  it('names the file that is missing', async () => {
    mockDir.setContent({
      'required-tags.yaml': policiesFolder['required-tags.yaml'] as string,
    });
    await expect(loadPolicyConfig(mockDir.path)).rejects.toThrow(
      /instance-types\.yaml: cannot be read \(ENOENT\)/,
    );
  });
});
