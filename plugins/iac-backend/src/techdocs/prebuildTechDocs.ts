import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const ANNOTATION_TECHDOCS_REF = 'backstage.io/techdocs-ref';

export interface PrebuildTechDocsOptions {
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
}

export interface PrebuildResult {
  built: string[];
  /** Entity reference -> why its docs could not be built. */
  failed: Record<string, string>;
}

// The sync endpoint answers with server-sent events and ends the stream when the build is over.
function streamError(body: string): string | undefined {
  const match = /^event: error\ndata: (.*)$/m.exec(body);
  return match ? JSON.parse(match[1]) : undefined;
}

/**
 * Builds the TechDocs of every catalog entity that has them, through the TechDocs backend's own
 * sync endpoint (as the docs page does on first view), so the TechDocs search collator finds
 * their pages without anyone opening them first.
 */
export async function prebuildTechDocs(
  options: PrebuildTechDocsOptions,
): Promise<PrebuildResult> {
  const { catalog, auth, discovery, logger } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const { items } = await catalog.getEntities(
    {
      filter: {
        [`metadata.annotations.${ANNOTATION_TECHDOCS_REF}`]:
          CATALOG_FILTER_EXISTS,
      },
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials },
  );
  const baseUrl = await discovery.getBaseUrl('techdocs');
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: credentials,
    targetPluginId: 'techdocs',
  });

  const result: PrebuildResult = { built: [], failed: {} };
  // One at a time: each build runs mkdocs, and the portal may share a small machine.
  for (const entity of items) {
    const ref = stringifyEntityRef(entity);
    const { namespace = 'default', name } = entity.metadata;
    const path = [namespace, entity.kind, name]
      .map(encodeURIComponent)
      .join('/');
    try {
      const response = await fetch(`${baseUrl}/sync/${path}`, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'text/event-stream',
        },
      });
      const body = await response.text();
      const problem = response.ok
        ? streamError(body)
        : `${response.status} ${response.statusText}`;
      if (problem) {
        result.failed[ref] = problem;
      } else {
        result.built.push(ref);
      }
    } catch (error) {
      result.failed[ref] = (error as Error).message;
    }
  }
  for (const [ref, problem] of Object.entries(result.failed)) {
    logger.info(
      `TechDocs of ${ref} could not be built ahead of a visit: ${problem}`,
    );
  }
  logger.info(
    `Built the TechDocs of ${result.built.length} of ${items.length} entities ahead of a visit`,
  );
  return result;
}
