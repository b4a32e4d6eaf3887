// Serves the stacks created by the portal to the catalog. The scaffolder publishes each tracked
// stack as an event; the provider turns it into a delta mutation, so the catalog stores the
// entities itself and they survive a restart without a table of our own.
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import type { EventParams, EventsService } from '@backstage/plugin-events-node';
import { IAC_STACK_TOPIC, TrackedStackEvent } from './topic';

export class IacStackEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly events: EventsService,
    private readonly logger: LoggerService,
  ) {}

  getProviderName(): string {
    return 'iac-portal-stacks';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.events.subscribe({
      id: this.getProviderName(),
      topics: [IAC_STACK_TOPIC],
      onEvent: params => this.onEvent(params),
    });
  }

  private async onEvent(params: EventParams): Promise<void> {
    if (!this.connection) {
      throw new Error('IaC stack provider received an event before it was connected');
    }
    const event = params.eventPayload as TrackedStackEvent;
    const locationKey = `iac-stack:${event.stack}`;
    const location = `iac-stack:${event.stack}`;
    await this.connection.applyMutation({
      type: 'delta',
      added: event.entities.map(entity => ({
        locationKey,
        entity: withLocation(entity, location),
      })),
      removed: event.removedEntityRefs.map(entityRef => ({
        entityRef,
        locationKey,
      })),
    });
    this.logger.info(
      `Stack ${event.stack}: ${event.entities.length} entities tracked, ${event.removedEntityRefs.length} removed`,
    );
  }
}

function withLocation(entity: Entity, location: string): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...entity.metadata.annotations,
        [ANNOTATION_LOCATION]: location,
        [ANNOTATION_ORIGIN_LOCATION]: location,
      },
    },
  };
}
