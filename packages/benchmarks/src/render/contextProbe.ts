// Renders a stack once through iac:render with one extra template file that writes out the
// render context (environments, stack, manifest, cost) as JSON. fetch:template cannot compute
// these, so the benchmark hands it the very values iac:render used. The stack is rendered from a
// copy of the stacks folder, so the portal's own folder is never touched.
import { createIacRenderAction } from '@internal/plugin-scaffolder-backend-module-iac';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, runAction } from '../actionContext';

const PROBE = '.bench-context.json';

export interface RenderInput {
  stack: string;
  environments: string[];
  values: Record<string, unknown>;
}

export interface ProbedRender {
  /** What the stack templates see besides `values`. */
  context: Record<string, unknown>;
  /** Folder holding iac:render's output (without the probe file). */
  outputDir: string;
  /** Output paths, relative to outputDir. */
  files: string[];
  cleanup(): void;
}

export async function probeRender(
  stacksDir: string,
  input: RenderInput,
): Promise<ProbedRender> {
  const root = makeTempDir('probe');
  const stacksCopy = path.join(root, 'stacks');
  fs.cpSync(stacksDir, stacksCopy, { recursive: true });
  fs.writeFileSync(
    path.join(stacksCopy, input.stack, 'skeleton', `${PROBE}.njk`),
    '{{ { environments: environments, stack: stack, manifest: manifest, cost: cost } | json }}\n',
  );
  const outputDir = path.join(root, 'output');
  fs.mkdirSync(outputDir);
  const outputs = await runAction(
    createIacRenderAction({ stacksDir: stacksCopy }),
    { input: { ...input }, workspacePath: outputDir },
  );
  const probeFile = path.join(outputDir, PROBE);
  const context = JSON.parse(fs.readFileSync(probeFile, 'utf8'));
  fs.rmSync(probeFile);
  return {
    context,
    outputDir,
    files: (outputs.files as string[]).filter(f => f !== PROBE),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
