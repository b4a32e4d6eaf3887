import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { awsProvider, testPolicyConfig } from './__testUtils__/policyFixture';
import { runPolicies } from './runPolicies';

describe('runPolicies', () => {
  const mockDir = createMockDirectory();
  const run = (manifest?: any[]) =>
    runPolicies({ root: mockDir.path, config: testPolicyConfig, manifest });

  it('reports every rule, naming resources after the manifest', async () => {
    mockDir.setContent({
      'live/prod/main.tf': `${awsProvider('prod', { owner: 'team-payments' })}
module "db" {
  source = "../../modules/db"
}
`,
      'modules/db/main.tf':
        'resource "aws_db_instance" "this" {\n  storage_encrypted = true\n}\n',
    });
    const report = await run([
      {
        name: 'shop-prod-db',
        environment: 'prod',
        module: 'db',
        tfType: 'aws_db_instance',
      },
    ]);
    expect(report.results.map(r => [r.rule, r.status, r.checked])).toEqual([
      ['no-public-buckets', 'not-applicable', 0],
      ['encryption-at-rest', 'passed', 1],
      ['required-tags', 'failed', 1],
      ['prod-resilience', 'failed', 1],
      ['instance-types', 'passed', 1],
    ]);
    expect(report.violations.map(v => [v.rule, v.resource])).toEqual([
      ['required-tags', 'shop-prod-db'],
      ['prod-resilience', 'shop-prod-db'],
      ['prod-resilience', 'shop-prod-db'],
    ]);
  });

  it('refuses to judge code that does not parse', async () => {
    mockDir.setContent({
      'main.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n',
    });
    await expect(run()).rejects.toThrow(InputError);
    await expect(run()).rejects.toThrow(
      /^The policies cannot be evaluated: main\.tf:2: /,
    );
  });
});
