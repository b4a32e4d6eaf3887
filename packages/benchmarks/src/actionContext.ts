// Runs a scaffolder action in this process the way a task step does, with a context that does
// only what the actions need: no task database, and a logger that drops messages (the same for
// every action measured, so logging cost is left out of every line alike).
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const silentLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => silentLogger,
};

export interface ActionRun {
  input: Record<string, unknown>;
  workspacePath: string;
  /** `file://` URL of the template file; fetch:template resolves relative `url`s against its folder. */
  templateBaseUrl?: string;
}

/** Creates a folder under the system temp folder and answers its path. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bench-${prefix}-`));
}

/** Runs the action's handler and answers its outputs by name. */
export async function runAction(
  action: TemplateAction<any, any, any>,
  run: ActionRun,
): Promise<Record<string, any>> {
  const outputs: Record<string, any> = {};
  const temporaryDirs: string[] = [];
  try {
    await action.handler({
      input: run.input,
      workspacePath: run.workspacePath,
      logger: silentLogger,
      output: (name: string, value: unknown) => {
        outputs[name] = value;
      },
      createTemporaryDirectory: async () => {
        const dir = makeTempDir('step');
        temporaryDirs.push(dir);
        return dir;
      },
      checkpoint: async ({ fn }: { fn: () => Promise<any> }) => fn(),
      getInitiatorCredentials: async () => {
        throw new Error('not available in benchmarks');
      },
      task: { id: 'benchmark' },
      templateInfo: run.templateBaseUrl
        ? { baseUrl: run.templateBaseUrl }
        : undefined,
    } as any);
  } finally {
    for (const dir of temporaryDirs)
      fs.rmSync(dir, { recursive: true, force: true });
  }
  return outputs;
}
