import type { PermissionsService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { iacProdEnvironmentCreatePermission } from '@internal/plugin-iac-common';
import path from 'node:path';
import {
  ENVIRONMENTS,
  Environment,
  relativePath,
  renderStack,
  writeFiles,
} from '../lib/stack';
import type { IacTemplateAction } from './types';
import { examples } from './render.examples';

const STACK_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface IacRenderActionOptions {
  /**
   * The folder holding the stacks (`<stack>/stack.yaml`, `shared/modules`, `shared/pricing`).
   * Only stacks from this folder are rendered: their template text is part of the portal's own
   * reviewed code, while what a user sends (`values`) is data and is never compiled as a template.
   */
  stacksDir: string;
  /**
   * Asked for `iac.environment.prod.create` when the environments include prod; without it
   * (tests of the rendering alone) no permission is checked.
   */
  permissions?: PermissionsService;
}

function checkEnvironments(value: unknown): Environment[] {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every(e => (ENVIRONMENTS as readonly unknown[]).includes(e))
  ) {
    throw new InputError(
      `environments must be a non-empty list of ${ENVIRONMENTS.join(', ')}`,
    );
  }
  if (new Set(value).size !== value.length) {
    throw new InputError('environments must not name an environment twice');
  }
  return ENVIRONMENTS.filter(e => value.includes(e));
}

/**
 * Creates the `iac:render` action: renders a stack of the portal's stacks folder into the
 * workspace, with its resource manifest and cost estimate.
 *
 * @public
 */
export function createIacRenderAction(
  options: IacRenderActionOptions,
): IacTemplateAction {
  const stacksDir = path.resolve(options.stacksDir);

  return createTemplateAction({
    id: 'iac:render',
    description:
      "Renders an infrastructure stack from the portal's stacks folder into the workspace, with its resource manifest and monthly cost estimate",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        stack: z =>
          z
            .string({
              description:
                "Name of the stack: a folder of the portal's stacks folder (lowercase letters, digits and dashes)",
            })
            .regex(STACK_NAME),
        values: z =>
          z.record(z.any(), {
            description:
              'The form values; stack templates see them as `values` and write them through the hcl, yaml, json, shell and markdown filters',
          }),
        environments: z =>
          z
            .array(z.enum(ENVIRONMENTS), {
              description:
                'The environments to render (dev, staging, prod), at least one',
            })
            .min(1),
        targetPath: z =>
          z
            .string({
              description:
                'Folder of the workspace to render into, relative to the workspace (default: the workspace itself)',
            })
            .optional(),
      },
      output: {
        files: z =>
          z.array(z.string(), {
            description: 'The files written, relative to targetPath, sorted',
          }),
        fileCount: z =>
          z.number({ description: 'How many files were written' }),
        manifest: z =>
          z.array(
            z.object({
              kind: z.literal('Resource'),
              name: z.string({ description: 'Catalog name of the resource' }),
              type: z.string({ description: 'Catalog Resource spec.type' }),
              tfType: z
                .string({ description: 'The OpenTofu resource type' })
                .optional(),
              module: z
                .string({ description: 'Folder under modules/ holding it' })
                .optional(),
              environment: z.enum(ENVIRONMENTS),
              title: z.string().optional(),
              dependsOn: z.array(z.string()).optional(),
              cost: z
                .array(
                  z.object({
                    item: z.string(),
                    unit: z.string().optional(),
                    quantity: z.number(),
                  }),
                )
                .optional(),
              monthlyCost: z
                .number({
                  description: 'Priced monthly total of its cost lines',
                })
                .optional(),
            }),
            {
              description:
                'The resources the stack creates, for every environment',
            },
          ),
        cost: z =>
          z.object(
            {
              currency: z.string(),
              total: z.number(),
              environments: z.array(
                z.object({
                  name: z.string(),
                  total: z.number(),
                  lines: z.array(
                    z.object({
                      resource: z.string(),
                      item: z.string(),
                      unit: z.string().optional(),
                      quantity: z.number(),
                      monthly: z.number(),
                    }),
                  ),
                }),
              ),
            },
            {
              description:
                'The monthly cost estimate, per environment and in total',
            },
          ),
      },
    },
    async handler(ctx) {
      const { stack, values, targetPath = '.' } = ctx.input;
      if (typeof stack !== 'string' || !STACK_NAME.test(stack)) {
        throw new InputError(
          'stack must be the name of a stack: lowercase letters, digits and dashes',
        );
      }
      if (
        typeof values !== 'object' ||
        values === null ||
        Array.isArray(values)
      ) {
        throw new InputError('values must be an object of form values');
      }
      const environments = checkEnvironments(ctx.input.environments);
      const target = relativePath(targetPath, 'targetPath');
      if (environments.includes('prod') && options.permissions) {
        const [decision] = await options.permissions.authorize(
          [{ permission: iacProdEnvironmentCreatePermission }],
          { credentials: await ctx.getInitiatorCredentials() },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            'environments: you are not allowed to create a stack with a prod environment; ask the platform team, or choose dev and staging only',
          );
        }
      }

      const dryRun = ctx.isDryRun ? ' (dry run)' : '';
      ctx.logger.info(
        `Rendering stack ${stack} for ${environments.join(', ')}${dryRun}`,
      );
      // Everything is rendered in memory first, so a failure leaves no partial files.
      const rendered = await renderStack({
        stacksDir,
        stack,
        values,
        environments,
      });
      await writeFiles(ctx.workspacePath, target, rendered.files);

      const files = rendered.files.map(f => f.path);
      const costLines = rendered.cost.environments.flatMap(e => e.lines);
      ctx.logger.info(
        `Rendered stack ${stack} for ${environments.join(', ')}: ` +
          `${files.length} files, ${rendered.manifest.length} manifest resources, ` +
          `${costLines.length} cost lines`,
      );
      ctx.output('files', files);
      ctx.output('fileCount', files.length);
      ctx.output('manifest', rendered.manifest);
      ctx.output('cost', rendered.cost);
    },
  });
}
