// Renders an example through the portal's own iac:render and iac:validate actions, exactly as a
// scaffolder task does, into a throwaway workspace.
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  createIacPolicyCheckAction,
  createIacRenderAction,
  createIacValidateAction,
} from '@internal/plugin-scaffolder-backend-module-iac';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';

export const REPO_ROOT = path.resolve(resolvePackagePath('@internal/stack-tests'), '../..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export interface Example {
  template: string;
  name: string;
  file: string;
  input: { stack: string; environments: string[]; values: Record<string, unknown> };
}

export function listExamples(): Example[] {
  return fs
    .readdirSync(EXAMPLES_DIR)
    .flatMap(template =>
      fs
        .readdirSync(path.join(EXAMPLES_DIR, template))
        .filter(f => f.endsWith('.yaml'))
        .map(f => {
          const file = path.join(EXAMPLES_DIR, template, f);
          return { template, name: f.replace(/\.yaml$/, ''), file, input: yaml.parse(fs.readFileSync(file, 'utf8')) };
        }),
    )
    .sort((a, b) => `${a.template}/${a.name}`.localeCompare(`${b.template}/${b.name}`));
}

export interface RenderedExample {
  workspace: string;
  outputs: Record<string, any>;
  cleanup: () => void;
}

async function run(action: any, input: unknown, workspace: string) {
  const ctx = createMockActionContext({
    input: input as any,
    workspacePath: workspace,
    logger: mockServices.logger.mock() as any,
  });
  await action.handler(ctx);
  return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
}

export async function renderExample(input: Example['input']): Promise<RenderedExample> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-'));
  const cleanup = () => fs.rmSync(workspace, { recursive: true, force: true });
  const render = createIacRenderAction({ stacksDir: path.join(REPO_ROOT, 'templates') });
  try {
    return { workspace, outputs: await run(render, input, workspace), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export async function validateWorkspace(workspace: string, manifest: unknown) {
  const validate = createIacValidateAction();
  return run(validate, { manifest, failOnFindings: false }, workspace);
}

/** Runs the policy gate with the portal's own policies folder, as the templates do. */
export async function checkPolicies(workspace: string, manifest: unknown) {
  const policy = createIacPolicyCheckAction({ policiesDir: path.join(REPO_ROOT, 'policies') });
  return run(policy, { manifest }, workspace);
}

/** Every file of a folder, path to content. */
export function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return files;
}
