import type { AuthService } from '@backstage/backend-plugin-api';
import { ANNOTATION_LOCATION, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { IacTemplateAction } from './types';
import {
  IAC_STACK_TOPIC,
  TrackedStackEvent,
} from '@internal/plugin-catalog-backend-module-iac';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ANNOTATION_STACK,
  buildStackEntities,
} from '../lib/catalog/stackEntities';
import { parseGithubRepoUrl } from '../lib/github/repoUrl';
import { examples } from './catalogTrack.examples';

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export interface CatalogTrackActionOptions {
  catalog: CatalogService;
  events: EventsService;
  auth: AuthService;
  integrations: ScmIntegrationRegistry;
  /** How long to wait for the catalog to show the System before the step ends anyway. */
  visibilityTimeoutMs?: number;
}

/** `iac:catalog:track`: the stack's System and Resources become (or update) catalog entities. */
export function createIacCatalogTrackAction(options: CatalogTrackActionOptions): IacTemplateAction {
  return createTemplateAction({
    id: 'iac:catalog:track',
    description:
      'Tracks a stack in the catalog: a System and one Resource per manifest entry with partOf/dependsOn relations, updated with the workflow outputs after an apply',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        system: z =>
          z.object(
            {
              name: z.string({ description: 'System name (lowercase, digits, dashes)' }),
              title: z.string({ description: 'Display title' }).optional(),
              owner: z.string({ description: 'Owner group reference, e.g. group:default/platform-team' }),
              domain: z.string({ description: 'Domain the system belongs to' }).optional(),
              description: z.string({ description: 'One-line description' }).optional(),
            },
            { description: 'The System that groups the stack' },
          ),
        manifest: z =>
          z.array(
            z
              .object({
                name: z.string(),
                type: z.string(),
                environment: z.string(),
                module: z.string().optional(),
                tfType: z.string().optional(),
                title: z.string().optional(),
                dependsOn: z.array(z.string()).optional(),
                outputs: z.record(z.string()).optional(),
                monthlyCost: z.number().optional(),
              })
              .passthrough(),
            { description: 'Resource manifest from iac:render' },
          ),
        repoUrl: z =>
          z.string({ description: 'Repository of the stack (RepoUrlPicker format)' }).optional(),
        branch: z =>
          z
            .string({
              description:
                'Branch holding the stack, without a slash; source and TechDocs point at it',
            })
            .optional(),
        pullRequestUrl: z => z.string({ description: 'Pull request that proposed the stack' }).optional(),
        workflowRunUrl: z => z.string({ description: 'Last workflow run of the stack' }).optional(),
        workflowOutputs: z =>
          z
            .record(z.record(z.object({ value: z.unknown().optional() }).passthrough()), {
              description: 'outputs.json of the workflow run, per module',
            })
            .optional(),
        appliedEnvironment: z =>
          z
            .string({ description: 'Environment the workflow applied; its resources are marked applied' })
            .optional(),
      },
      output: {
        systemRef: z => z.string({ description: 'Reference of the System entity' }),
        entityRefs: z => z.array(z.string(), { description: 'Every entity tracked' }),
        removedEntityRefs: z =>
          z.array(z.string(), { description: 'Entities of an earlier run no longer produced' }),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      if (!NAME.test(input.system.name)) {
        throw new InputError(
          `system.name: '${input.system.name}' must be 1-63 lowercase letters, digits and dashes`,
        );
      }
      let branch = input.branch;
      if (branch?.includes('/')) {
        // Backstage's GitHub reader takes the first segment after /tree/ as the branch, so
        // links to iac/billpay would read the folder billpay of a branch iac.
        ctx.logger.warn(
          `branch: '${branch}' has a slash, which Backstage cannot read back from a URL; the source and TechDocs of the entities point at the default branch`,
        );
        branch = undefined;
      }
      const repo = input.repoUrl
        ? { ...parseGithubRepoUrl(input.repoUrl, options.integrations), branch }
        : undefined;
      const built = await buildStackEntities({
        system: input.system,
        manifest: input.manifest,
        repo,
        pullRequestUrl: input.pullRequestUrl,
        workflowRunUrl: input.workflowRunUrl,
        workflowOutputs: input.workflowOutputs as any,
        appliedEnvironment: input.appliedEnvironment,
      });
      const entityRefs = built.map(e => stringifyEntityRef(e));
      const systemRef = entityRefs[0];

      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would track ${entityRefs.length} entities for ${systemRef}`);
        ctx.output('systemRef', systemRef);
        ctx.output('entityRefs', entityRefs);
        ctx.output('removedEntityRefs', []);
        return;
      }

      const credentials = await options.auth.getOwnServiceCredentials();
      // A System the organisation already keeps in the catalog (e.g. from catalog/) stays as it
      // is: the stack's Resources join it instead of competing with it for the same name.
      const existing = await options.catalog.getEntityByRef(systemRef, { credentials });
      const location = existing?.metadata.annotations?.[ANNOTATION_LOCATION];
      const joinsExisting = !!existing && location !== `iac-stack:${input.system.name}`;
      const entities = joinsExisting ? built.filter(e => e.kind !== 'System') : built;
      if (joinsExisting) {
        ctx.logger.info(`${systemRef} is already in the catalog (${location}); the stack's resources join it`);
      }
      const { items: previous } = await options.catalog.getEntities(
        { filter: { [`metadata.annotations.${ANNOTATION_STACK}`]: input.system.name } },
        { credentials },
      );
      const trackedRefs = entities.map(e => stringifyEntityRef(e));
      const removedEntityRefs = previous
        .map(e => stringifyEntityRef(e))
        .filter(ref => !trackedRefs.includes(ref));

      const event: TrackedStackEvent = {
        stack: input.system.name,
        entities,
        removedEntityRefs,
      };
      await ctx.checkpoint({
        key: `track-${input.system.name}-${trackedRefs.length}-${input.workflowRunUrl ?? ''}`,
        fn: async () => {
          await options.events.publish({ topic: IAC_STACK_TOPIC, eventPayload: event as any });
        },
      });
      ctx.logger.info(
        `Tracked ${trackedRefs.length} entities for ${systemRef}${removedEntityRefs.length ? `, removed ${removedEntityRefs.length}` : ''}`,
      );

      // The developer is sent to the System next: wait until the catalog shows every entity.
      const deadline = Date.now() + (options.visibilityTimeoutMs ?? 60_000);
      for (;;) {
        const { items } = await options.catalog.getEntitiesByRefs(
          { entityRefs: trackedRefs, fields: ['kind', 'metadata.name'] },
          { credentials },
        );
        const missing = items.filter(item => !item).length;
        if (missing === 0) break;
        if (Date.now() > deadline) {
          ctx.logger.warn(`${missing} of ${trackedRefs.length} entities are not in the catalog yet; they appear once processed`);
          break;
        }
        await sleep(500);
      }

      ctx.output('systemRef', systemRef);
      ctx.output('entityRefs', entityRefs);
      ctx.output('removedEntityRefs', removedEntityRefs);
    },
  });
}
