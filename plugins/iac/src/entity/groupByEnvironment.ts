import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_ENVIRONMENT,
  ANNOTATION_MONTHLY_COST,
  ANNOTATION_STATUS,
} from './annotations';

export interface StackResource {
  entityRef: string;
  name: string;
  title?: string;
  type: string;
  /** proposed, planned or applied. */
  status: string;
  monthlyCost?: number;
}

export interface EnvironmentResources {
  environment: string;
  resources: StackResource[];
  /** The sum of the priced resources. */
  monthlyCost: number;
}

const ORDER = ['dev', 'staging', 'prod'];
export const NO_ENVIRONMENT = 'no environment';

function rank(environment: string): number {
  const index = ORDER.indexOf(environment);
  return index === -1 ? ORDER.length : index;
}

function toResource(entity: Entity): StackResource {
  const annotations = entity.metadata.annotations ?? {};
  const cost = Number.parseFloat(annotations[ANNOTATION_MONTHLY_COST] ?? '');
  return {
    entityRef: stringifyEntityRef(entity),
    name: entity.metadata.name,
    title: entity.metadata.title,
    type: String(entity.spec?.type ?? ''),
    status: annotations[ANNOTATION_STATUS] ?? 'unknown',
    ...(Number.isFinite(cost) && { monthlyCost: cost }),
  };
}

const label = (resource: StackResource) => resource.title ?? resource.name;

/** A stack's Resources by environment (dev, staging, prod, then any other), each sorted as shown. */
export function groupByEnvironment(entities: Entity[]): EnvironmentResources[] {
  const groups = new Map<string, StackResource[]>();
  for (const entity of entities) {
    const environment =
      entity.metadata.annotations?.[ANNOTATION_ENVIRONMENT] ?? NO_ENVIRONMENT;
    groups.set(environment, [
      ...(groups.get(environment) ?? []),
      toResource(entity),
    ]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([environment, resources]) => ({
      environment,
      resources: resources.sort((a, b) => label(a).localeCompare(label(b))),
      monthlyCost:
        Math.round(
          resources.reduce((sum, r) => sum + (r.monthlyCost ?? 0), 0) * 100,
        ) / 100,
    }));
}
