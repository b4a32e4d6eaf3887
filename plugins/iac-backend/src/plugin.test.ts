import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';
import fs from 'node:fs';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import yaml from 'yaml';
import { iacPlugin } from './plugin';

jest.setTimeout(60_000);

const REPO_ROOT = path.resolve(__dirname, '../../..');
const template: Entity = yaml.parse(
  fs.readFileSync(
    path.join(REPO_ROOT, 'templates/billpay-infrastructure/template.yaml'),
    'utf8',
  ),
);
const example = yaml.parse(
  fs.readFileSync(
    path.join(
      REPO_ROOT,
      'examples/billpay-infrastructure/aws-dev-seed-defaults.yaml',
    ),
    'utf8',
  ),
);

function system(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name, namespace: 'default', annotations },
    spec: { owner: 'group:default/platform-team' },
  };
}

const entities: Entity[] = [
  { ...template, metadata: { ...template.metadata, namespace: 'default' } },
  {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'plain', namespace: 'default' },
    spec: { steps: [{ id: 'log', action: 'debug:log' }] },
  },
  system('billpay-core', {
    'github.com/project-slug': 'acme/billpay-core',
    'backstage.io/source-location': 'url:https://github.com/acme/billpay-core/',
  }),
  system('no-repo', {}),
  system('gone', { 'github.com/project-slug': 'acme/gone' }),
];

describe('iacPlugin', () => {
  let standIn: GitHubStandIn;
  let baseUrl: string;
  let stopBackend: () => Promise<void>;

  beforeAll(async () => {
    standIn = await startGitHubStandIn({
      workflowTiming: { queuedMs: 0, inProgressMs: 0 },
      log: () => {},
    });
    const backend = await startTestBackend({
      features: [
        iacPlugin,
        catalogServiceMock.factory({ entities }),
        // Requests without a token stay unauthenticated, as in production.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.rootConfig.factory({
          data: {
            iac: {
              stacksDir: path.join(REPO_ROOT, 'templates'),
              techdocs: { prebuild: false },
            },
            integrations: {
              github: [
                {
                  host: 'github.com',
                  apiBaseUrl: standIn.apiBaseUrl,
                  token: 'test-token',
                },
              ],
            },
          },
        }),
      ],
    });
    const { port } = backend.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}/api/iac`;
    stopBackend = () => backend.stop();
  });

  afterAll(async () => {
    await stopBackend?.();
    await standIn?.close();
  });

  const call = (route: string, body?: unknown) =>
    fetch(`${baseUrl}${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: mockCredentials.user.header(),
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const errorOf = async (response: Response) => ({
    status: response.status,
    message: (await response.json()).error.message,
  });

  describe('POST /cost-estimate', () => {
    it('prices the form values of a template', async () => {
      const response = await call('/cost-estimate', {
        templateRef: 'template:default/billpay-infrastructure',
        values: { ...example.values, environments: ['dev'] },
      });
      expect(response.status).toBe(200);
      const estimate = await response.json();
      expect(estimate).toMatchObject({
        currency: 'USD',
        environments: [{ name: 'dev' }],
      });
      expect(estimate.total).toBe(estimate.environments[0].total);
    });

    it('says why there is no estimate', async () => {
      const values = { environments: ['dev'] };
      expect(
        await errorOf(
          await call('/cost-estimate', {
            templateRef: 'template:default/missing',
            values,
          }),
        ),
      ).toEqual({
        status: 404,
        message: 'template:default/missing is not in the catalog',
      });
      expect(
        await errorOf(
          await call('/cost-estimate', {
            templateRef: 'template:default/plain',
            values,
          }),
        ),
      ).toEqual({
        status: 400,
        message:
          'template:default/plain has no iac:render step naming its stack, so it has no cost estimate',
      });
      expect(
        await errorOf(
          await call('/cost-estimate', {
            templateRef: 'template:default/billpay-infrastructure',
          }),
        ),
      ).toEqual({
        status: 400,
        message: 'values must be the form values, as an object',
      });
    });
  });

  describe('GET /pricing/:cloud', () => {
    it('answers the price table of a cloud', async () => {
      const response = await call('/pricing/aws');
      expect(response.status).toBe(200);
      const table = await response.json();
      expect(table.regions['us-east-1']).toBe(1);
      expect(table.items['ec2-instance'].hourly['t3.medium']).toBeGreaterThan(
        0,
      );
    });

    it('answers 404 for a cloud without one', async () => {
      expect((await call('/pricing/mars')).status).toBe(404);
    });
  });

  describe('GET /runs', () => {
    it("lists the latest workflow runs of the entity's repository, with their conclusion and page", async () => {
      standIn.commitFiles('acme', 'billpay-core', {
        files: { 'README.md': '# BillPay core\n' },
      });
      standIn.setWorkflowOutcome({
        owner: 'acme',
        repo: 'billpay-core',
        workflowId: 'iac-apply.yml',
        conclusion: 'failure',
      });
      const dispatch = await fetch(
        `${standIn.apiBaseUrl}/repos/acme/billpay-core/actions/workflows/iac-apply.yml/dispatches`,
        {
          method: 'POST',
          headers: {
            authorization: 'token test-token',
            'content-type': 'application/json',
          },
          body: JSON.stringify({ ref: 'main' }),
        },
      );
      expect(dispatch.status).toBe(204);

      const response = await call(
        '/runs?entityRef=system:default/billpay-core',
      );
      expect(response.status).toBe(200);
      const list = await response.json();
      expect(list.repository).toBe('acme/billpay-core');
      expect(list.runs).toHaveLength(1);
      const [run] = list.runs;
      expect(run).toMatchObject({
        status: 'completed',
        conclusion: 'failure',
        event: 'workflow_dispatch',
        branch: 'main',
      });
      expect(run.url).toBe(
        standIn.listRuns('acme', 'billpay-core')[0].html_url,
      );
      expect(standIn.violations).toEqual([]);
    });

    it('says why there are no runs', async () => {
      expect(
        await errorOf(await call('/runs?entityRef=system:default/no-repo')),
      ).toEqual({
        status: 400,
        message:
          'System no-repo has no github.com/project-slug annotation of the form owner/repository',
      });
      expect(
        await errorOf(await call('/runs?entityRef=system:default/gone')),
      ).toEqual({
        status: 404,
        message:
          "GitHub has no repository acme/gone, or the portal's GitHub credentials cannot see it",
      });
      expect(
        (await call('/runs?entityRef=system:default/missing')).status,
      ).toBe(404);
      expect((await call('/runs')).status).toBe(400);
    });

    it('refuses unauthenticated callers', async () => {
      const response = await fetch(
        `${baseUrl}/runs?entityRef=system:default/billpay-core`,
      );
      expect(response.status).toBe(401);
    });
  });
});
