import { Entity } from '@backstage/catalog-model';

/** Annotations `iac:catalog:track` writes on a stack's System and Resources. */
export const ANNOTATION_STACK = 'iac-portal.io/stack';
export const ANNOTATION_ENVIRONMENT = 'iac-portal.io/environment';
export const ANNOTATION_STATUS = 'iac-portal.io/status';
export const ANNOTATION_MONTHLY_COST = 'iac-portal.io/monthly-cost';

/** A System the portal created from a stack. */
export function isIacStack(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'system' &&
    !!entity.metadata.annotations?.[ANNOTATION_STACK]
  );
}
