import { TrackedResource, buildStackEntities } from './stackEntities';

const manifest: TrackedResource[] = [
  { name: 'billpay-dev-vpc', type: 'vpc', environment: 'dev', module: 'networking', tfType: 'aws_vpc', outputs: { id: 'vpc_id' } },
  {
    name: 'billpay-dev-eks',
    type: 'eks-cluster',
    environment: 'dev',
    module: 'eks',
    tfType: 'aws_eks_cluster',
    dependsOn: ['billpay-dev-vpc'],
    outputs: { arn: 'cluster_arn', endpoint: 'cluster_endpoint' },
    monthlyCost: 73,
  },
  { name: 'billpay-prod-vpc', type: 'vpc', environment: 'prod', module: 'networking', tfType: 'aws_vpc', outputs: { id: 'vpc_id' } },
  {
    name: 'billpay-dev-ecr-backend',
    type: 'ecr-repository',
    environment: 'dev',
    module: 'ecr',
    tfType: 'aws_ecr_repository',
    outputs: { url: 'repository_urls.backend' },
  },
];
const system = { name: 'billpay', title: 'BillPay', owner: 'platform-team', domain: 'payments' };

describe('buildStackEntities', () => {
  it('makes a System and Resources related by partOf and dependsOn', async () => {
    const [sys, vpc, eks] = await buildStackEntities({
      system,
      manifest,
      repo: { host: 'github.com', owner: 'acme', repo: 'billpay-infra', branch: 'iac/billpay' },
      pullRequestUrl: 'https://github.com/acme/billpay-infra/pull/1',
    });
    expect(sys).toMatchObject({
      kind: 'System',
      metadata: {
        name: 'billpay',
        annotations: {
          'github.com/project-slug': 'acme/billpay-infra',
          'backstage.io/techdocs-ref': 'url:https://github.com/acme/billpay-infra/tree/iac/billpay/',
          'iac-portal.io/stack': 'billpay',
          'iac-portal.io/pull-request': 'https://github.com/acme/billpay-infra/pull/1',
        },
      },
      spec: { owner: 'group:default/platform-team', domain: 'domain:default/payments' },
    });
    expect(vpc.spec).toEqual({
      type: 'vpc',
      owner: 'group:default/platform-team',
      system: 'system:default/billpay',
      dependsOn: [],
    });
    expect(eks.spec?.dependsOn).toEqual(['resource:default/billpay-dev-vpc']);
    expect(eks.metadata.annotations).toMatchObject({
      'iac-portal.io/environment': 'dev',
      'iac-portal.io/module': 'eks',
      'iac-portal.io/tf-type': 'aws_eks_cluster',
      'iac-portal.io/status': 'proposed',
      'iac-portal.io/monthly-cost': '73.00',
    });
  });

  it('marks the applied environment and records its outputs as annotations', async () => {
    const entities = await buildStackEntities({
      system,
      manifest,
      workflowRunUrl: 'https://github.com/acme/billpay-infra/actions/runs/7',
      appliedEnvironment: 'dev',
      workflowOutputs: {
        eks: {
          cluster_arn: { value: 'arn:aws:eks:us-east-1:123:cluster/billpay-dev' },
          cluster_endpoint: { value: 'https://ABC.gr7.us-east-1.eks.amazonaws.com' },
        },
        networking: { vpc_id: { value: 'vpc-0abc' } },
        ecr: { repository_urls: { value: { backend: '123.dkr.ecr.us-east-1.amazonaws.com/backend' } } },
      },
    });
    const byName = Object.fromEntries(entities.map(e => [e.metadata.name, e]));
    expect(byName['billpay-dev-eks'].metadata.annotations).toMatchObject({
      'iac-portal.io/status': 'applied',
      'iac-portal.io/output-arn': 'arn:aws:eks:us-east-1:123:cluster/billpay-dev',
      'iac-portal.io/output-endpoint': 'https://ABC.gr7.us-east-1.eks.amazonaws.com',
    });
    expect(byName['billpay-dev-vpc'].metadata.annotations!['iac-portal.io/output-id']).toBe('vpc-0abc');
    expect(byName['billpay-dev-ecr-backend'].metadata.annotations!['iac-portal.io/output-url']).toBe(
      '123.dkr.ecr.us-east-1.amazonaws.com/backend',
    );
    // prod was not applied: planned, and no dev outputs leak onto it.
    expect(byName['billpay-prod-vpc'].metadata.annotations!['iac-portal.io/status']).toBe('planned');
    expect(byName['billpay-prod-vpc'].metadata.annotations!['iac-portal.io/output-id']).toBeUndefined();
  });

  it('names the resource whose dependency is missing', async () => {
    await expect(
      buildStackEntities({
        system,
        manifest: [{ name: 'a', type: 'vpc', environment: 'dev', dependsOn: ['ghost'] }],
      }),
    ).rejects.toThrow('manifest: a depends on ghost, which is not in the manifest');
  });

  it('refuses a name the catalog would refuse', async () => {
    await expect(
      buildStackEntities({ system, manifest: [{ name: 'Bad Name!', type: 'vpc', environment: 'dev' }] }),
    ).rejects.toThrow("manifest: Resource 'Bad Name!' is not a valid catalog entity");
  });
});
