// Render: the full billpay-infrastructure stack (three environments, every module) through
// iac:render, iac:render + iac:validate, and Backstage's fetch:template on the same skeleton and
// values. The three are run in turn within each round, so load from other processes on the
// machine falls on all of them alike.
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createFetchTemplateAction } from '@backstage/plugin-scaffolder-backend';
import {
  createIacRenderAction,
  createIacValidateAction,
} from '@internal/plugin-scaffolder-backend-module-iac';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { makeTempDir, runAction, silentLogger } from '../actionContext';
import { EXAMPLES_DIR, TEMPLATES_DIR } from '../paths';
import { Timing, ratio, summarise } from '../stats';
import { OutputComparison, compareOutputs } from './compareOutputs';
import { RenderInput, probeRender } from './contextProbe';
import { iacTemplateFilters } from './iacTemplateFilters';
import { writeStockSkeleton } from './stockSkeleton';

export const RENDER_EXAMPLE =
  'billpay-infrastructure/aws-three-environments-domain.yaml';

export interface RenderResult {
  example: string;
  files: number;
  timings: Record<Variant, Timing>;
  /** iac:render / fetch:template, medians. */
  ratio: number;
  validation: {
    passed: boolean;
    checks: { checker: string; status: string }[];
  };
  comparison: OutputComparison;
}

type Variant = 'iacRender' | 'iacRenderValidate' | 'fetchTemplate';

export async function runRenderBenchmark(runs: number): Promise<RenderResult> {
  const input: RenderInput = yaml.parse(
    fs.readFileSync(path.join(EXAMPLES_DIR, RENDER_EXAMPLE), 'utf8'),
  );
  const probed = await probeRender(TEMPLATES_DIR, input);
  const stockDir = makeTempDir('stock-skeleton');
  const skeleton = writeStockSkeleton({
    skeletonDir: path.join(TEMPLATES_DIR, input.stack, 'skeleton'),
    environments: input.environments,
    rendered: probed,
    dir: stockDir,
  });

  const config = new ConfigReader({});
  const reader = UrlReaders.default({ config, logger: silentLogger });
  const integrations = ScmIntegrations.fromConfig(config);
  const additionalTemplateFilters = await iacTemplateFilters();
  // One fetch:template per environment: template globals are fixed when the action is created.
  const fetchTemplate = (environment?: string) =>
    createFetchTemplateAction({
      reader,
      integrations,
      additionalTemplateFilters,
      additionalTemplateGlobals: {
        ...probed.context,
        ...(environment && { environment }),
      } as any,
    });
  const fetchCommon = fetchTemplate();
  const fetchPerEnvironment = input.environments.map(e => fetchTemplate(e));
  const iacRender = createIacRenderAction({ stacksDir: TEMPLATES_DIR });
  const iacValidate = createIacValidateAction();

  let validation: RenderResult['validation'] | undefined;
  const variants: Record<Variant, (workspacePath: string) => Promise<void>> = {
    iacRender: async workspacePath => {
      await runAction(iacRender, { input: { ...input }, workspacePath });
    },
    iacRenderValidate: async workspacePath => {
      const rendered = await runAction(iacRender, {
        input: { ...input },
        workspacePath,
      });
      const validated = await runAction(iacValidate, {
        input: { manifest: rendered.manifest },
        workspacePath,
      });
      validation = { passed: validated.passed, checks: validated.checks };
    },
    fetchTemplate: async workspacePath => {
      const run = (action: typeof fetchCommon, url: string) =>
        runAction(action, {
          input: { url, values: input.values, templateFileExtension: true },
          workspacePath,
          templateBaseUrl: skeleton.templateBaseUrl,
        });
      await run(fetchCommon, skeleton.commonUrl);
      for (const action of skeleton.perEnvironmentUrl
        ? fetchPerEnvironment
        : []) {
        await run(action, skeleton.perEnvironmentUrl!);
      }
    },
  };

  const samples: Record<Variant, number[]> = {
    iacRender: [],
    iacRenderValidate: [],
    fetchTemplate: [],
  };
  let comparison: OutputComparison | undefined;
  // Round 0 warms up (module loading, JIT) and is not counted.
  for (let round = 0; round <= runs; round++) {
    for (const [variant, run] of Object.entries(variants) as [
      Variant,
      (w: string) => Promise<void>,
    ][]) {
      const workspace = makeTempDir(variant);
      const start = performance.now();
      await run(workspace);
      const elapsed = performance.now() - start;
      if (round > 0) samples[variant].push(elapsed);
      if (variant === 'fetchTemplate' && !comparison) {
        comparison = compareOutputs(probed.outputDir, workspace);
      }
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  }
  probed.cleanup();
  fs.rmSync(stockDir, { recursive: true, force: true });

  const timings = {
    iacRender: summarise(samples.iacRender),
    iacRenderValidate: summarise(samples.iacRenderValidate),
    fetchTemplate: summarise(samples.fetchTemplate),
  };
  return {
    example: RENDER_EXAMPLE,
    files: probed.files.length,
    timings,
    ratio: ratio(timings.iacRender.median, timings.fetchTemplate.median),
    validation: validation!,
    comparison: comparison!,
  };
}
