import type { Entity } from '@backstage/catalog-model';

/** Events topic on which the scaffolder's `iac:catalog:track` action publishes a stack. */
export const IAC_STACK_TOPIC = 'iac-portal.stack.tracked';

/** Payload of a tracked stack: every entity it now has, and the refs it no longer has. */
export interface TrackedStackEvent {
  /** The stack's System name; also the location key, so stacks never overwrite each other. */
  stack: string;
  entities: Entity[];
  removedEntityRefs: string[];
}
