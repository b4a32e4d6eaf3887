// Turns a stack's resource manifest (and, after an apply, the workflow's outputs) into catalog
// entities: one System and one Resource per manifest entry, related by partOf and dependsOn.
import {
  ANNOTATION_SOURCE_LOCATION,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

export const ANNOTATION_STACK = 'iac-portal.io/stack';
export const ANNOTATION_ENVIRONMENT = 'iac-portal.io/environment';
export const ANNOTATION_MODULE = 'iac-portal.io/module';
export const ANNOTATION_TF_TYPE = 'iac-portal.io/tf-type';
export const ANNOTATION_STATUS = 'iac-portal.io/status';
export const ANNOTATION_PULL_REQUEST = 'iac-portal.io/pull-request';
export const ANNOTATION_WORKFLOW_RUN = 'iac-portal.io/workflow-run';
export const ANNOTATION_MONTHLY_COST = 'iac-portal.io/monthly-cost';
export const ANNOTATION_OUTPUT_PREFIX = 'iac-portal.io/output-';

export interface TrackedResource {
  name: string;
  type: string;
  environment: string;
  module?: string;
  tfType?: string;
  title?: string;
  dependsOn?: string[];
  /** Catalog annotation suffix -> module output name, e.g. { arn: 'cluster_arn' }. */
  outputs?: Record<string, string>;
  monthlyCost?: number;
}

export interface StackDescription {
  name: string;
  title?: string;
  owner: string;
  domain?: string;
  description?: string;
}

export interface StackEntitiesInput {
  system: StackDescription;
  manifest: TrackedResource[];
  repo?: { host: string; owner: string; repo: string; branch?: string };
  pullRequestUrl?: string;
  workflowRunUrl?: string;
  /** `tofu output -json` per module: { module: { output: { value } } }. */
  workflowOutputs?: Record<string, Record<string, { value?: unknown }>>;
  /** Environment the workflow outputs belong to. */
  appliedEnvironment?: string;
}

// The same entity policies the catalog applies when it ingests an entity.
const policies = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const validators: Record<string, (entity: Entity) => Promise<boolean>> = {
  System: e => systemEntityV1alpha1Validator.check(e),
  Resource: e => resourceEntityV1alpha1Validator.check(e),
};

export async function buildStackEntities(input: StackEntitiesInput): Promise<Entity[]> {
  const owner = normaliseRef(input.system.owner, 'group', 'system.owner');
  const systemRef = `system:default/${input.system.name}`;
  const repoUrl = input.repo
    ? `https://${input.repo.host}/${input.repo.owner}/${input.repo.repo}`
    : undefined;
  const treeUrl =
    repoUrl && input.repo?.branch ? `${repoUrl}/tree/${input.repo.branch}/` : repoUrl && `${repoUrl}/`;

  const common: Record<string, string> = { [ANNOTATION_STACK]: input.system.name };
  if (input.repo) {
    common['github.com/project-slug'] = `${input.repo.owner}/${input.repo.repo}`;
  }
  if (treeUrl) common[ANNOTATION_SOURCE_LOCATION] = `url:${treeUrl}`;
  if (input.pullRequestUrl) common[ANNOTATION_PULL_REQUEST] = input.pullRequestUrl;
  if (input.workflowRunUrl) common[ANNOTATION_WORKFLOW_RUN] = input.workflowRunUrl;

  const links = [
    ...(input.pullRequestUrl ? [{ url: input.pullRequestUrl, title: 'Pull request' }] : []),
    ...(input.workflowRunUrl ? [{ url: input.workflowRunUrl, title: 'Last workflow run' }] : []),
    ...(repoUrl ? [{ url: repoUrl, title: 'Repository' }] : []),
  ];

  const system: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: input.system.name,
      ...(input.system.title ? { title: input.system.title } : {}),
      ...(input.system.description ? { description: input.system.description } : {}),
      annotations: {
        ...common,
        ...(treeUrl ? { 'backstage.io/techdocs-ref': `url:${treeUrl}` } : {}),
      },
      tags: ['iac'],
      links,
    },
    spec: {
      owner,
      ...(input.system.domain
        ? { domain: normaliseRef(input.system.domain, 'domain', 'system.domain') }
        : {}),
    },
  };

  const names = new Set(input.manifest.map(r => r.name));
  const resources = input.manifest.map<Entity>(resource => {
    const applied = input.appliedEnvironment === resource.environment;
    const outputs = resource.module ? input.workflowOutputs?.[resource.module] : undefined;
    const outputAnnotations: Record<string, string> = {};
    if (applied && outputs) {
      for (const [suffix, outputPath] of Object.entries(resource.outputs ?? {})) {
        const value = outputValue(outputs, outputPath);
        if (typeof value === 'string' || typeof value === 'number') {
          outputAnnotations[`${ANNOTATION_OUTPUT_PREFIX}${suffix}`] = String(value);
        }
      }
    }
    for (const dependency of resource.dependsOn ?? []) {
      if (!names.has(dependency)) {
        throw new InputError(
          `manifest: ${resource.name} depends on ${dependency}, which is not in the manifest`,
        );
      }
    }
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: resource.name,
        ...(resource.title ? { title: resource.title } : {}),
        annotations: {
          ...common,
          [ANNOTATION_ENVIRONMENT]: resource.environment,
          ...(resource.module ? { [ANNOTATION_MODULE]: resource.module } : {}),
          ...(resource.tfType ? { [ANNOTATION_TF_TYPE]: resource.tfType } : {}),
          ...(resource.monthlyCost !== undefined
            ? { [ANNOTATION_MONTHLY_COST]: resource.monthlyCost.toFixed(2) }
            : {}),
          [ANNOTATION_STATUS]: resourceStatus(applied, input.workflowRunUrl),
          ...outputAnnotations,
        },
        tags: ['iac', resource.environment],
        links,
      },
      spec: {
        type: resource.type,
        owner,
        system: systemRef,
        dependsOn: (resource.dependsOn ?? []).map(d => `resource:default/${d}`),
      },
    };
  });

  const entities = [system, ...resources];
  for (const entity of entities) {
    await checkEntity(entity);
  }
  return entities;
}

/** proposed (only a pull request), planned (a workflow ran), applied (its outputs are known). */
function resourceStatus(applied: boolean, workflowRunUrl?: string): string {
  if (applied) return 'applied';
  return workflowRunUrl ? 'planned' : 'proposed';
}

/** `name` or `name.key.key`: an output's value, or a value inside a map output. */
function outputValue(
  outputs: Record<string, { value?: unknown }>,
  outputPath: string,
): unknown {
  const [name, ...keys] = outputPath.split('.');
  let value: unknown = outputs[name]?.value;
  for (const key of keys) {
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function normaliseRef(ref: string, defaultKind: string, field: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }));
  } catch (error) {
    throw new InputError(`${field}: '${ref}' is not an entity reference (${(error as Error).message})`);
  }
}

async function checkEntity(entity: Entity) {
  try {
    await policies.enforce(entity);
    const valid = await validators[entity.kind](entity);
    if (!valid) throw new Error(`not a valid ${entity.kind}`);
  } catch (error) {
    throw new InputError(
      `manifest: ${entity.kind} '${entity.metadata.name}' is not a valid catalog entity: ${(error as Error).message}`,
    );
  }
}
