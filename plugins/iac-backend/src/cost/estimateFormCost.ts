import { InputError } from '@backstage/errors';
import {
  CostEstimate,
  ENVIRONMENTS,
  Environment,
  estimateCost,
  loadPriceTable,
  parseManifest,
  parseStackDefinition,
  readRegularFile,
  renderTemplate,
  resolveInside,
} from '@internal/plugin-scaffolder-backend-module-iac';
import path from 'node:path';

const STACK_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface FormCostOptions {
  /** The trusted folder holding the stacks and `shared/` (`iac.stacksDir`). */
  stacksDir: string;
  stack: string;
  /** The template's form values, as far as the person has filled them in. */
  values: Record<string, unknown>;
}

function selectedEnvironments(value: unknown): Environment[] {
  const chosen = Array.isArray(value) ? value : [];
  const environments = ENVIRONMENTS.filter(e => chosen.includes(e));
  if (!environments.length) {
    throw new InputError(
      `Choose at least one environment (${ENVIRONMENTS.join(
        ', ',
      )}) to see its cost`,
    );
  }
  return environments;
}

/**
 * The monthly cost of a stack for the given form values, priced exactly as `iac:render` prices
 * it: `stack.yaml` and the manifest of each environment are rendered, then the price table of
 * the stack's cloud is applied. The skeleton is not rendered: it needs values (the repository)
 * that a person fills in after the sizes, and it does not change the cost.
 */
export async function estimateFormCost(
  options: FormCostOptions,
): Promise<CostEstimate> {
  const { values, stack } = options;
  if (!STACK_NAME.test(stack)) {
    throw new InputError(`"${stack}" is not a stack name`);
  }
  const stacksDir = path.resolve(options.stacksDir);
  const stackDir = resolveInside(stacksDir, stack, 'stack');
  const environments = selectedEnvironments(values.environments);
  const context = { values, environments };

  const definition = parseStackDefinition(
    renderTemplate(
      {
        path: 'stack.yaml',
        text: await readRegularFile(
          path.join(stackDir, 'stack.yaml'),
          `Stack "${stack}": stack.yaml`,
        ),
      },
      context,
    ),
  );

  const resources: ReturnType<typeof parseManifest> = [];
  if (definition.manifest) {
    const file = definition.manifest;
    const text = await readRegularFile(
      resolveInside(stackDir, file, 'stack.yaml: spec.manifest'),
      file,
    );
    const stackInfo = {
      name: definition.name,
      title: definition.title,
      cloud: definition.cloud,
    };
    for (const environment of environments) {
      const rendered = renderTemplate(
        { path: file, text, environment },
        { ...context, environment, stack: stackInfo },
      );
      resources.push(...parseManifest(rendered, file, environment));
    }
  }

  const priced = resources.some(r => r.cost?.length);
  return estimateCost({
    resources,
    environments,
    priceTable: await loadPriceTable(stacksDir, definition.cloud),
    region:
      priced && typeof values.region === 'string' && values.region
        ? values.region
        : undefined,
  });
}
