// The seed's defaults (us-east-1, dev, 2 x t3.medium) cost what the BillPay documents estimate.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { REPO_ROOT, renderExample } from './renderExample';

jest.setTimeout(120_000);

describe('BillPay infrastructure cost estimate', () => {
  it('lands inside the seed range of 170-265 USD a month with the seed defaults', async () => {
    const input = yaml.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'examples/billpay-infrastructure/aws-dev-seed-defaults.yaml'), 'utf8'),
    );
    const rendered = await renderExample(input);
    try {
      const { cost } = rendered.outputs;
      expect(cost.currency).toBe('USD');
      expect(cost.total).toBeGreaterThanOrEqual(170);
      expect(cost.total).toBeLessThanOrEqual(265);
      const dev = cost.environments.find((e: any) => e.name === 'dev');
      const items = new Set(dev.lines.map((l: any) => l.item));
      for (const item of ['eks-control-plane', 'ec2-instance', 'nat-gateway']) {
        expect(items).toContain(item);
      }
      // The cost table reaches the generated documentation (Markdown escapes undone).
      const docs = fs.readdirSync(path.join(rendered.workspace, 'docs')).map(f =>
        fs.readFileSync(path.join(rendered.workspace, 'docs', f), 'utf8'),
      );
      expect(docs.join('\n').replace(/\\(.)/g, '$1')).toContain(cost.total.toFixed(2));
    } finally {
      rendered.cleanup();
    }
  });

  it('grows when the cluster grows', async () => {
    const input = yaml.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'examples/billpay-infrastructure/aws-dev-seed-defaults.yaml'), 'utf8'),
    );
    const small = await renderExample(input);
    const bigger = JSON.parse(JSON.stringify(input));
    bigger.values.clusterSize.dev = { minSize: 2, desiredSize: 4, maxSize: 6 };
    const large = await renderExample(bigger);
    try {
      expect(large.outputs.cost.total).toBeGreaterThan(small.outputs.cost.total);
    } finally {
      small.cleanup();
      large.cleanup();
    }
  });
});
