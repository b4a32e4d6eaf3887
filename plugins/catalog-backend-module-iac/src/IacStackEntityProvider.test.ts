import { mockServices } from '@backstage/backend-test-utils';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import { IacStackEntityProvider } from './IacStackEntityProvider';
import { IAC_STACK_TOPIC } from './topic';

describe('IacStackEntityProvider', () => {
  it('turns a tracked stack into a delta mutation keyed by the stack', async () => {
    const events = DefaultEventsService.create({ logger: mockServices.logger.mock() });
    const provider = new IacStackEntityProvider(events, mockServices.logger.mock());
    const connection = { applyMutation: jest.fn(), refresh: jest.fn() };
    await provider.connect(connection);

    const system = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'billpay' },
      spec: { owner: 'group:default/platform-team' },
    };
    await events.publish({
      topic: IAC_STACK_TOPIC,
      eventPayload: {
        stack: 'billpay',
        entities: [system],
        removedEntityRefs: ['resource:default/billpay-dev-old'],
      },
    });

    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'delta',
      added: [
        {
          locationKey: 'iac-stack:billpay',
          entity: {
            ...system,
            metadata: {
              name: 'billpay',
              annotations: {
                'backstage.io/managed-by-location': 'iac-stack:billpay',
                'backstage.io/managed-by-origin-location': 'iac-stack:billpay',
              },
            },
          },
        },
      ],
      removed: [{ entityRef: 'resource:default/billpay-dev-old', locationKey: 'iac-stack:billpay' }],
    });
  });

  it('ignores other topics', async () => {
    const events = DefaultEventsService.create({ logger: mockServices.logger.mock() });
    const provider = new IacStackEntityProvider(events, mockServices.logger.mock());
    const connection = { applyMutation: jest.fn(), refresh: jest.fn() };
    await provider.connect(connection);
    await events.publish({ topic: 'something-else', eventPayload: {} });
    expect(connection.applyMutation).not.toHaveBeenCalled();
  });
});
