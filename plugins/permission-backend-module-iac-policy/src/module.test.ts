import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AddressInfo } from 'node:net';
import { iacPolicyModule } from './module';

describe('iacPolicyModule', () => {
  it('answers permission checks through the permission backend', async () => {
    const backend = await startTestBackend({
      features: [
        permissionPlugin,
        iacPolicyModule,
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true } },
        }),
      ],
    });
    try {
      const { port } = backend.server.address() as AddressInfo;
      const response = await fetch(
        `http://127.0.0.1:${port}/api/permission/authorize`,
        {
          method: 'POST',
          headers: {
            authorization: mockCredentials.user.header(),
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            items: [
              {
                id: '1',
                permission: {
                  type: 'basic',
                  name: 'catalog.entity.create',
                  attributes: {},
                },
              },
            ],
          }),
        },
      );
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.items[0]).toMatchObject({ id: '1', result: 'ALLOW' });
    } finally {
      await backend.stop();
    }
  });
});
