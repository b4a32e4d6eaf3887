import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createIacRenderAction } from '@internal/plugin-scaffolder-backend-module-iac';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import { estimateFormCost } from './estimateFormCost';

jest.setTimeout(120_000);

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const stacksDir = path.join(REPO_ROOT, 'templates');
const examplesDir = path.join(REPO_ROOT, 'examples/billpay-infrastructure');
const examples = fs.readdirSync(examplesDir).filter(f => f.endsWith('.yaml'));

function readExample(file: string) {
  return yaml.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
}

// What iac:render outputs as `cost` for the same input.
async function renderedCost(input: unknown) {
  const workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'iac-cost-'));
  try {
    const ctx = createMockActionContext({
      input: input as any,
      workspacePath,
      logger: mockServices.logger.mock() as any,
    });
    await createIacRenderAction({ stacksDir }).handler(ctx as any);
    return (ctx.output as jest.Mock).mock.calls.find(
      ([name]) => name === 'cost',
    )?.[1];
  } finally {
    fs.rmSync(workspacePath, { recursive: true, force: true });
  }
}

describe('estimateFormCost', () => {
  it.each(examples)(
    'prices the form values of %s exactly as iac:render does',
    async file => {
      const input = readExample(file);
      const estimate = await estimateFormCost({
        stacksDir,
        stack: input.stack,
        // The form carries the environments among its values.
        values: { ...input.values, environments: input.environments },
      });
      expect(estimate.total).toBeGreaterThan(0);
      expect(estimate).toEqual(await renderedCost(input));
    },
  );

  it('grows with the cluster and with more environments', async () => {
    const { values } = readExample('aws-dev-seed-defaults.yaml');
    const cost = (extra: Record<string, unknown>) =>
      estimateFormCost({
        stacksDir,
        stack: 'billpay-infrastructure',
        values: { ...values, environments: ['dev'], ...extra },
      }).then(e => e.total);
    const base = await cost({});
    const grown = await cost({
      clusterSize: {
        ...values.clusterSize,
        dev: { minSize: 1, desiredSize: 5, maxSize: 6 },
      },
    });
    expect(grown).toBeGreaterThan(base);
    expect(await cost({ environments: ['dev', 'prod'] })).toBeGreaterThan(base);
  });

  it('says what is missing or wrong', async () => {
    const { values } = readExample('aws-dev-seed-defaults.yaml');
    const estimate = (stack: string, extra: Record<string, unknown>) =>
      estimateFormCost({ stacksDir, stack, values: { ...values, ...extra } });
    await expect(
      estimate('billpay-infrastructure', { environments: [] }),
    ).rejects.toThrow(
      'Choose at least one environment (dev, staging, prod) to see its cost',
    );
    await expect(
      estimate('billpay-infrastructure', {
        environments: ['dev'],
        region: 'mars-1',
      }),
    ).rejects.toThrow('no price multiplier for region "mars-1"');
    await expect(
      estimate('../shared', { environments: ['dev'] }),
    ).rejects.toThrow('"../shared" is not a stack name');
  });
});
