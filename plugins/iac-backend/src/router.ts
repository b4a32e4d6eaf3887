import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { loadPriceTable } from '@internal/plugin-scaffolder-backend-module-iac';
import express from 'express';
import Router from 'express-promise-router';
import { estimateFormCost } from './cost/estimateFormCost';
import { templateStack } from './cost/templateStack';
import { entityRepository } from './runs/entityRepository';
import { listWorkflowRuns } from './runs/listWorkflowRuns';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  integrations: ScmIntegrationRegistry;
  logger: LoggerService;
  stacksDir: string;
  /** How many workflow runs `GET /runs` lists. */
  runLimit: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, catalog, stacksDir } = options;
  const router = Router();
  router.use(express.json());

  // Entities are read with the caller's credentials, so catalog permissions apply.
  const getEntity = async (req: express.Request, entityRef: unknown) => {
    if (typeof entityRef !== 'string' || !entityRef) {
      throw new InputError('entityRef must be an entity reference');
    }
    const entity = await catalog.getEntityByRef(entityRef, {
      credentials: await httpAuth.credentials(req),
    });
    if (!entity) {
      throw new NotFoundError(`${entityRef} is not in the catalog`);
    }
    return entity;
  };

  router.post('/cost-estimate', async (req, res) => {
    const { templateRef, values } = req.body ?? {};
    if (!isRecord(values)) {
      throw new InputError('values must be the form values, as an object');
    }
    const stack = templateStack(await getEntity(req, templateRef));
    res.json(await estimateFormCost({ stacksDir, stack, values }));
  });

  router.get('/pricing/:cloud', async (req, res) => {
    const priceTable = await loadPriceTable(stacksDir, req.params.cloud);
    if (!priceTable) {
      throw new NotFoundError(
        `There is no price table for ${req.params.cloud}`,
      );
    }
    res.json(priceTable.table);
  });

  router.get('/runs', async (req, res) => {
    const entity = await getEntity(req, req.query.entityRef);
    const repository = entityRepository(entity, options.integrations);
    res.json(
      await listWorkflowRuns(repository, {
        integrations: options.integrations,
        logger: options.logger,
        limit: options.runLimit,
      }),
    );
  });

  return router;
}
