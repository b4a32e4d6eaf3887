import { ANNOTATION_SOURCE_LOCATION, Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';

export const ANNOTATION_PROJECT_SLUG = 'github.com/project-slug';

export interface GithubRepository {
  host: string;
  owner: string;
  repo: string;
}

// The source location tells a GitHub Enterprise host apart from github.com.
function sourceHost(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): string | undefined {
  const location = entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION];
  const url = location?.replace(/^url:/, '');
  if (!url) return undefined;
  try {
    const { host } = new URL(url);
    return integrations.github.byHost(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** The GitHub repository of an entity, from its `github.com/project-slug` annotation. */
export function entityRepository(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): GithubRepository {
  const slug = entity.metadata.annotations?.[ANNOTATION_PROJECT_SLUG];
  const [owner, repo, ...rest] = slug?.split('/') ?? [];
  if (!owner || !repo || rest.length) {
    throw new InputError(
      `${entity.kind} ${entity.metadata.name} has no ${ANNOTATION_PROJECT_SLUG} annotation of the form owner/repository`,
    );
  }
  return {
    host: sourceHost(entity, integrations) ?? 'github.com',
    owner,
    repo,
  };
}
