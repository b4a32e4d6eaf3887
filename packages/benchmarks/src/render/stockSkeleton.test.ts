import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeStockSkeleton } from './stockSkeleton';

describe('writeStockSkeleton', () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'stock-skeleton-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('rewrites variables, keeps GitHub expressions literal and splits per-environment files', () => {
    write('skeleton/README.md.njk', '# {{ values.name | markdown }}\n');
    write(
      'skeleton/ci.yml.njk',
      'run: echo ${{ inputs.env }} {{ environments | join(" ") }}\n',
    );
    write(
      'skeleton/live/__env__/main.hcl.njk',
      'env = {{ environment | hcl }}\n',
    );
    write('skeleton/.gitignore', '{{ not a template }}\n');
    write('output/modules/net/main.tf', 'resource "x" "y" {}\n');
    write('output/README.md', 'rendered\n');

    const skeleton = writeStockSkeleton({
      skeletonDir: path.join(root, 'skeleton'),
      environments: ['dev', 'prod'],
      rendered: {
        outputDir: path.join(root, 'output'),
        files: ['README.md', 'modules/net/main.tf'],
      },
      dir: path.join(root, 'stock'),
    });

    const read = (file: string) =>
      fs.readFileSync(path.join(root, 'stock', file), 'utf8');
    expect(read('common/README.md.njk')).toBe(
      '# ${{ values.name | markdown }}\n',
    );
    expect(read('common/ci.yml.njk')).toBe(
      'run: echo {% raw %}${{ inputs.env }}{% endraw %} ${{ environments | join(" ") }}\n',
    );
    expect(read('common/.gitignore')).toBe('{{ not a template }}\n');
    expect(read('per-environment/live/${{ environment }}/main.hcl.njk')).toBe(
      'env = ${{ environment | hcl }}\n',
    );
    // Only output that no skeleton file produced is taken as a shared module.
    expect(read('common/modules/net/main.tf')).toBe('resource "x" "y" {}\n');
    expect(fs.existsSync(path.join(root, 'stock/common/README.md'))).toBe(
      false,
    );
    expect(skeleton).toEqual({
      templateBaseUrl: `file://${path.join(root, 'stock', 'template.yaml')}`,
      commonUrl: './common',
      perEnvironmentUrl: './per-environment',
    });
  });
});
