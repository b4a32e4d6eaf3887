import { InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  CostEstimate,
  estimateCost,
  loadPriceTable,
  monthlyCostByResource,
} from '../cost';
import { renderTemplate } from '../templating';
import { Environment } from './environments';
import {
  byPath,
  listTree,
  readRegularFile,
  requireFolder,
  TreeFile,
} from './fileTree';
import { ManifestResource, checkManifest, parseManifest } from './manifest';
import { OutputFile } from './outputFile';
import { relativePath, resolveInside } from './paths';
import { StackDefinition, parseStackDefinition } from './stackDefinition';

export interface RenderStackOptions {
  /** The trusted folder holding the stacks and `shared/`. */
  stacksDir: string;
  /** A stack name (a folder of `stacksDir`); checked by the caller. */
  stack: string;
  values: Record<string, unknown>;
  /** The selected environments, in their canonical order. */
  environments: Environment[];
}

export interface RenderedStack {
  definition: StackDefinition;
  files: OutputFile[];
  manifest: ManifestResource[];
  cost: CostEstimate;
}

const ENV_MARKER = '__env__';
const TEMPLATE_SUFFIX = '.njk';

// The module names a manifest entry may use: folders under `modules/` of the generated repository.
function moduleNames(
  definition: StackDefinition,
  skeleton: TreeFile[],
): Set<string> {
  const names = new Set<string>();
  for (const { to } of definition.modules) {
    if (to.startsWith('modules/')) names.add(to.slice('modules/'.length));
  }
  for (const file of skeleton) {
    const [top, name, ...rest] = file.path.split('/');
    if (top === 'modules' && rest.length) names.add(name);
  }
  return names;
}

class OutputSet {
  private readonly files = new Map<string, OutputFile & { source: string }>();

  add(outputPath: string, source: string, content: Buffer, mode: number) {
    const normalised = relativePath(outputPath, `Output path of ${source}`);
    if (normalised === '.' || normalised.split('/').includes('.git')) {
      throw new InputError(
        `${source} would be written to "${outputPath}", which is not allowed`,
      );
    }
    const previous = this.files.get(normalised);
    if (previous) {
      throw new InputError(
        `${normalised} would be written by both ${previous.source} and ${source}`,
      );
    }
    this.files.set(normalised, { path: normalised, content, mode, source });
  }

  list(): OutputFile[] {
    return [...this.files.values()]
      .map(({ source: _source, ...file }) => file)
      .sort(byPath);
  }
}

/**
 * Renders a stack into memory: `stack.yaml`, then the manifest of each environment and the cost
 * estimate, then the shared modules and the skeleton (which can show the manifest and the cost).
 * Nothing is written: a failure anywhere leaves the workspace as it was.
 */
export async function renderStack(
  options: RenderStackOptions,
): Promise<RenderedStack> {
  const { values, environments } = options;
  const stacksDir = path.resolve(options.stacksDir);
  const stackDir = path.join(stacksDir, options.stack);
  await requireFolder(
    stackDir,
    `Stack "${options.stack}" (in the stacks folder)`,
  );

  const baseContext = { values, environments };
  const definition = parseStackDefinition(
    renderTemplate(
      {
        path: 'stack.yaml',
        text: await readRegularFile(
          path.join(stackDir, 'stack.yaml'),
          `Stack "${options.stack}": stack.yaml`,
        ),
      },
      baseContext,
    ),
  );
  const stack = {
    name: definition.name,
    title: definition.title,
    cloud: definition.cloud,
  };

  const skeletonDir = resolveInside(
    stackDir,
    definition.skeleton,
    'stack.yaml: spec.skeleton',
  );
  await requireFolder(skeletonDir, `Skeleton folder ${definition.skeleton}`);
  const skeleton = await listTree(skeletonDir, definition.skeleton);

  let manifest: ManifestResource[] = [];
  if (definition.manifest) {
    const file = definition.manifest;
    const text = await readRegularFile(
      resolveInside(stackDir, file, 'stack.yaml: spec.manifest'),
      file,
    );
    for (const environment of environments) {
      const rendered = renderTemplate(
        { path: file, text, environment },
        { ...baseContext, environment, stack },
      );
      manifest.push(...parseManifest(rendered, file, environment));
    }
    checkManifest(manifest, moduleNames(definition, skeleton), file);
  }

  const priced = manifest.some(r => r.cost?.length);
  const cost = estimateCost({
    resources: manifest,
    environments,
    priceTable: await loadPriceTable(stacksDir, definition.cloud),
    // The form's region, when it has one, picks the price multiplier.
    region:
      priced && typeof values.region === 'string' && values.region
        ? values.region
        : undefined,
  });
  const monthly = monthlyCostByResource(cost);
  manifest = manifest.map(r =>
    monthly.has(r.name) ? { ...r, monthlyCost: monthly.get(r.name) } : r,
  );

  const outputs = new OutputSet();
  const modulesDir = path.join(stacksDir, 'shared', 'modules');
  for (const [i, module] of definition.modules.entries()) {
    const source = resolveInside(
      modulesDir,
      module.from,
      `stack.yaml: spec.modules[${i}].from`,
    );
    const label = `shared/modules/${module.from}`;
    await requireFolder(source, `Module folder ${label}`);
    for (const file of await listTree(source, label)) {
      outputs.add(
        `${module.to}/${file.path}`,
        `${label}/${file.path}`,
        await fs.readFile(file.absolutePath),
        file.mode,
      );
    }
  }

  const context = { ...baseContext, stack, manifest, cost };
  for (const file of skeleton) {
    const source = `${definition.skeleton}/${file.path}`;
    const isTemplate = file.path.endsWith(TEMPLATE_SUFFIX);
    const target = isTemplate
      ? file.path.slice(0, -TEMPLATE_SUFFIX.length)
      : file.path;
    const perEnvironment = file.path.includes(ENV_MARKER);
    const content = await fs.readFile(file.absolutePath);
    for (const environment of perEnvironment ? environments : [undefined]) {
      const outputPath = environment
        ? target.split(ENV_MARKER).join(environment)
        : target;
      if (!isTemplate) {
        outputs.add(outputPath, source, content, file.mode);
        continue;
      }
      const rendered = renderTemplate(
        { path: source, text: content.toString('utf8'), environment },
        environment ? { ...context, environment } : context,
      );
      // An empty result is how a template makes its file conditional.
      if (rendered.trim()) {
        outputs.add(
          outputPath,
          source,
          Buffer.from(rendered, 'utf8'),
          file.mode,
        );
      }
    }
  }

  return { definition, files: outputs.list(), manifest, cost };
}
