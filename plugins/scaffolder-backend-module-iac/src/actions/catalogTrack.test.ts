import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { IAC_STACK_TOPIC } from '@internal/plugin-catalog-backend-module-iac';
import { createIacCatalogTrackAction } from './catalogTrack';

const integrations = ScmIntegrations.fromConfig(
  new ConfigReader({ integrations: { github: [{ host: 'github.com', token: 't' }] } }),
);

function setup(existing: any[] = []) {
  const events = DefaultEventsService.create({ logger: mockServices.logger.mock() });
  const published: any[] = [];
  events.subscribe({ id: 'test', topics: [IAC_STACK_TOPIC], onEvent: async e => void published.push(e.eventPayload) });
  const action = createIacCatalogTrackAction({
    catalog: catalogServiceMock({ entities: existing }),
    events,
    auth: mockServices.auth(),
    integrations,
    visibilityTimeoutMs: 50,
  });
  return { action, published };
}

const input = {
  system: { name: 'billpay', owner: 'group:default/platform-team', domain: 'payments' },
  repoUrl: 'github.com?owner=acme&repo=billpay-infra',
  manifest: [
    { name: 'billpay-dev-vpc', type: 'vpc', environment: 'dev', module: 'networking' },
    { name: 'billpay-dev-eks', type: 'eks-cluster', environment: 'dev', module: 'eks', dependsOn: ['billpay-dev-vpc'] },
  ],
};

describe('iac:catalog:track', () => {
  it('publishes the System and its Resources for the catalog provider', async () => {
    const { action, published } = setup();
    const ctx = createMockActionContext({ input: input as any });
    await action.handler(ctx as any);

    expect(published).toHaveLength(1);
    expect(published[0].stack).toBe('billpay');
    expect(published[0].entities.map((e: any) => `${e.kind}:${e.metadata.name}`)).toEqual([
      'System:billpay',
      'Resource:billpay-dev-vpc',
      'Resource:billpay-dev-eks',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('systemRef', 'system:default/billpay');
    expect(ctx.output).toHaveBeenCalledWith('removedEntityRefs', []);
  });

  it('points source and TechDocs at the pull request branch', async () => {
    const { action, published } = setup();
    await action.handler(createMockActionContext({ input: { ...input, branch: 'iac-billpay' } as any }) as any);
    const system = published[0].entities[0];
    expect(system.metadata.annotations).toMatchObject({
      'backstage.io/source-location': 'url:https://github.com/acme/billpay-infra/tree/iac-billpay/',
      'backstage.io/techdocs-ref': 'url:https://github.com/acme/billpay-infra/tree/iac-billpay/',
    });
  });

  it('falls back to the default branch for a branch name Backstage cannot read back', async () => {
    const { action, published } = setup();
    const logger = mockServices.logger.mock();
    const ctx = createMockActionContext({ input: { ...input, branch: 'iac/billpay' } as any, logger });
    await action.handler(ctx as any);
    const annotations = published[0].entities[0].metadata.annotations;
    expect(annotations['backstage.io/techdocs-ref']).toBe('url:https://github.com/acme/billpay-infra/');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("branch: 'iac/billpay' has a slash"));
  });

  it('removes the entities an earlier run tracked that the stack no longer has', async () => {
    const stale = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'billpay-dev-old-bucket', annotations: { 'iac-portal.io/stack': 'billpay' } },
      spec: { type: 's3-bucket', owner: 'group:default/platform-team' },
    };
    const other = { ...stale, metadata: { name: 'other-bucket', annotations: { 'iac-portal.io/stack': 'other' } } };
    const { action, published } = setup([stale, other]);
    await action.handler(createMockActionContext({ input: input as any }) as any);
    expect(published[0].removedEntityRefs).toEqual(['resource:default/billpay-dev-old-bucket']);
  });

  it('joins a System the organisation already keeps in the catalog instead of replacing it', async () => {
    const organisationSystem = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        name: 'billpay',
        annotations: { 'backstage.io/managed-by-location': 'file:/catalog/systems/billpay/catalog-info.yaml' },
      },
      spec: { owner: 'group:default/payments-backend' },
    };
    const { action, published } = setup([organisationSystem]);
    const ctx = createMockActionContext({ input: input as any });
    await action.handler(ctx as any);
    expect(published[0].entities.map((e: any) => e.kind)).toEqual(['Resource', 'Resource']);
    expect(published[0].entities[0].spec.system).toBe('system:default/billpay');
    expect(ctx.output).toHaveBeenCalledWith('systemRef', 'system:default/billpay');
  });

  it('changes nothing in a dry run', async () => {
    const { action, published } = setup();
    const ctx = createMockActionContext({ input: input as any });
    (ctx as any).isDryRun = true;
    await action.handler(ctx as any);
    expect(published).toEqual([]);
    expect(ctx.output).toHaveBeenCalledWith('entityRefs', [
      'system:default/billpay',
      'resource:default/billpay-dev-vpc',
      'resource:default/billpay-dev-eks',
    ]);
  });

  it('refuses a system name the catalog cannot hold', async () => {
    const { action } = setup();
    await expect(
      action.handler(createMockActionContext({ input: { ...input, system: { ...input.system, name: 'Bill Pay' } } as any }) as any),
    ).rejects.toThrow("system.name: 'Bill Pay' must be 1-63 lowercase letters, digits and dashes");
  });
});
