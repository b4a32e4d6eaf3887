import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { prebuildTechDocs } from './prebuildTechDocs';

function system(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name, namespace: 'default', annotations },
    spec: { owner: 'group:default/platform-team' },
  };
}

describe('prebuildTechDocs', () => {
  const requests: Array<{ url?: string; authorization?: string }> = [];
  // Answers like the TechDocs backend's sync endpoint: an event stream ending in finish or error.
  const techdocs = http.createServer((req, res) => {
    requests.push({ url: req.url, authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('event: log\ndata: "Building"\n\n');
    res.end(
      req.url?.includes('broken')
        ? 'event: error\ndata: "mkdocs.yml is missing"\n\n'
        : 'event: finish\ndata: {"updated":true}\n\n',
    );
  });
  let baseUrl: string;

  beforeAll(async () => {
    await new Promise<void>(resolve =>
      techdocs.listen(0, '127.0.0.1', resolve),
    );
    baseUrl = `http://127.0.0.1:${(techdocs.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(resolve => techdocs.close(resolve)));

  it('builds the docs of every entity that has them and says which could not be built', async () => {
    const logger = mockServices.logger.mock();
    const result = await prebuildTechDocs({
      catalog: catalogServiceMock({
        entities: [
          system('billpay', { 'backstage.io/techdocs-ref': 'dir:.' }),
          system('broken', { 'backstage.io/techdocs-ref': 'dir:.' }),
          system('undocumented', {}),
        ],
      }),
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async () => baseUrl,
        getExternalBaseUrl: async () => baseUrl,
      },
      logger,
    });
    expect(result).toEqual({
      built: ['system:default/billpay'],
      failed: { 'system:default/broken': 'mkdocs.yml is missing' },
    });
    expect(requests.map(r => r.url).sort()).toEqual([
      '/sync/default/System/billpay',
      '/sync/default/System/broken',
    ]);
    expect(requests[0].authorization).toMatch(/^Bearer /);
    expect(logger.info).toHaveBeenCalledWith(
      'TechDocs of system:default/broken could not be built ahead of a visit: mkdocs.yml is missing',
    );
  });
});
