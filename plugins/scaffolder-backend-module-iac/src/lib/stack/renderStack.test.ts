import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { parse } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';
import { Environment } from './environments';
import { renderStack } from './renderStack';
import { exampleValues, stacksFixture } from './__testUtils__/stacksFixture';

describe('renderStack', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => mockDir.setContent(stacksFixture()));

  const render = (
    values: Record<string, unknown> = exampleValues,
    environments: Environment[] = ['dev', 'prod'],
    stack = 'billpay-infrastructure',
  ) => renderStack({ stacksDir: mockDir.path, stack, values, environments });

  const text = (files: { path: string; content: Buffer }[], path: string) =>
    files.find(f => f.path === path)?.content.toString('utf8');

  it('renders the skeleton per environment and copies the shared modules', async () => {
    const { files, definition } = await render();
    expect(definition).toEqual({
      name: 'billpay-infrastructure',
      title: 'BillPay infrastructure',
      cloud: 'aws',
      skeleton: 'skeleton',
      manifest: 'manifest.yaml.njk',
      modules: [{ from: 'aws/networking', to: 'modules/networking' }],
    });
    expect(files.map(f => f.path)).toEqual([
      '.github/workflows/iac-apply.yml',
      'README.md',
      'environments/dev/main.tf',
      'environments/prod/main.tf',
      'logo.png',
      'modules/networking/main.tf',
      'modules/networking/outputs.tf',
      'modules/networking/variables.tf',
      'scripts/plan.sh',
    ]);
    expect(
      await parse('main.tf', text(files, 'environments/prod/main.tf')!),
    ).toEqual({
      module: {
        networking: [
          {
            source: '../../modules/networking',
            name: 'billpay-prod',
            cidr: '10.20.0.0/16',
          },
        ],
      },
    });
    const workflow = text(files, '.github/workflows/iac-apply.yml')!;
    expect(workflow).toContain(
      'run-name: ${{ inputs.command }} ${{ inputs.environment }} [${{ inputs.correlation_id }}]',
    );
    expect(parseYaml(workflow).jobs.run.steps[1].env).toEqual({
      OWNER: 'team-payments',
    });
    expect(text(files, 'modules/networking/variables.tf')).toBe(
      (
        mockDir.content({
          path: 'shared/modules/aws/networking',
          shouldReadAsText: true,
        }) as Record<string, string>
      )['variables.tf'],
    );
    expect(files.find(f => f.path === 'logo.png')?.content).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
    );
    expect(files.find(f => f.path === 'scripts/plan.sh')?.mode).toBe(0o755);
  });

  it('computes the manifest and the cost before the skeleton, which can show them', async () => {
    const { manifest, cost, files } = await render();
    expect(manifest).toEqual([
      {
        kind: 'Resource',
        name: 'billpay-dev-vpc',
        type: 'vpc',
        tfType: 'aws_vpc',
        module: 'networking',
        title: 'BillPay infrastructure VPC (dev)',
        cost: [{ item: 'nat-gateway', quantity: 1 }],
        environment: 'dev',
        monthlyCost: 35.48,
      },
      {
        kind: 'Resource',
        name: 'billpay-prod-vpc',
        type: 'vpc',
        tfType: 'aws_vpc',
        module: 'networking',
        title: 'BillPay infrastructure VPC (prod)',
        cost: [{ item: 'nat-gateway', quantity: 2 }],
        environment: 'prod',
        monthlyCost: 70.96,
      },
    ]);
    // 0.045 * 730 * 1.08 (eu-west-1) = 35.478 per NAT gateway
    expect(cost).toEqual({
      currency: 'USD',
      total: 106.44,
      environments: [
        {
          name: 'dev',
          total: 35.48,
          lines: [
            {
              resource: 'billpay-dev-vpc',
              item: 'nat-gateway',
              quantity: 1,
              monthly: 35.48,
            },
          ],
        },
        {
          name: 'prod',
          total: 70.96,
          lines: [
            {
              resource: 'billpay-prod-vpc',
              item: 'nat-gateway',
              quantity: 2,
              monthly: 70.96,
            },
          ],
        },
      ],
    });
    expect(text(files, 'README.md')).toBe(
      '# BillPay infrastructure\n\nOwner: team\\-payments\n\n| Environment | Monthly cost (USD) |\n|---|---|\n\n| dev | 35.48 |\n\n| prod | 70.96 |\n\n',
    );
  });

  it('lets form values switch modules, manifest entries and conditional files', async () => {
    const { files, manifest, definition } = await render(
      { ...exampleValues, withBucket: true },
      ['staging'],
    );
    expect(definition.modules.map(m => m.to)).toEqual([
      'modules/networking',
      'modules/bucket',
    ]);
    expect(files.map(f => f.path)).toEqual(
      expect.arrayContaining([
        'bucket.tf',
        'modules/bucket/main.tf',
        'environments/staging/main.tf',
      ]),
    );
    expect(manifest.map(r => [r.name, r.dependsOn])).toEqual([
      ['billpay-staging-vpc', undefined],
      ['billpay-staging-assets', ['billpay-staging-vpc']],
    ]);
  });

  it('accepts entries without tfType and module, for resources OpenTofu does not create', async () => {
    mockDir.addContent({
      'billpay-infrastructure/manifest.yaml.njk':
        '- name: {{ ("billpay-" ~ environment ~ "-release") | yaml }}\n  type: static-site\n',
    });
    const { manifest } = await render();
    expect(manifest).toEqual([
      {
        kind: 'Resource',
        name: 'billpay-dev-release',
        type: 'static-site',
        environment: 'dev',
      },
      {
        kind: 'Resource',
        name: 'billpay-prod-release',
        type: 'static-site',
        environment: 'prod',
      },
    ]);
  });

  describe('refuses', () => {
    const fails = async (
      message: string | RegExp,
      values: Record<string, unknown> = exampleValues,
    ) => {
      const result = render(values);
      await expect(result).rejects.toThrow(InputError);
      await expect(result).rejects.toThrow(message);
    };

    it('a stack that is not a folder of the stacks folder', async () => {
      await expect(render(exampleValues, ['dev'], 'nope')).rejects.toThrow(
        'Stack "nope" (in the stacks folder) is not a folder',
      );
    });

    it('a symbolic link anywhere in the skeleton or a module', async () => {
      mockDir.addContent({
        'billpay-infrastructure/skeleton/secrets': ({ symlink }) =>
          symlink('/etc/passwd'),
      });
      await fails(
        'skeleton/secrets is a symbolic link; stacks may not contain links',
      );
      mockDir.setContent(stacksFixture());
      mockDir.addContent({
        'shared/modules/aws/networking/x.tf': ({ symlink }) =>
          symlink('/etc/passwd'),
      });
      await fails('shared/modules/aws/networking/x.tf is a symbolic link');
    });

    it('a stack.yaml module path leaving shared/modules', async () => {
      mockDir.addContent({
        'billpay-infrastructure/stack.yaml':
          'apiVersion: iac-portal/v1\nkind: Stack\nmetadata: { name: x }\nspec:\n  cloud: aws\n  modules: [{ from: ../../x, to: modules/x }]\n',
      });
      await fails(
        'stack.yaml: spec.modules[0].from must be a relative path inside its folder, but "../../x" contains ".."',
      );
    });

    it('a template error, naming the file, the line and the environment', async () => {
      mockDir.addContent({
        'billpay-infrastructure/skeleton/environments/__env__/extra.tf.njk':
          'a = 1\nb = {{ values.nme | hcl }}\n',
      });
      await fails(
        'skeleton/environments/__env__/extra.tf.njk:2 (environment dev): the hcl filter got an undefined value (is the field or variable set?)',
      );
    });

    it('two files written to the same path', async () => {
      mockDir.addContent({
        'billpay-infrastructure/skeleton/README.md': 'plain',
      });
      await fails(
        'README.md would be written by both skeleton/README.md and skeleton/README.md.njk',
      );
    });

    it.each([
      [
        'a name used in two environments',
        '- { name: vpc, type: vpc, tfType: aws_vpc, module: networking }',
        'manifest.yaml.njk: resource name "vpc" is used twice (environments dev and prod); names must be unique across environments',
      ],
      [
        'an unknown module',
        '- { name: "x-{{ environment }}", type: vpc, tfType: aws_vpc, module: database }',
        'manifest.yaml.njk: resource "x-dev" names module "database", which is not a module of the stack (modules: networking)',
      ],
      [
        'a missing dependency',
        '- { name: "x-{{ environment }}", type: vpc, tfType: aws_vpc, module: networking, dependsOn: [y] }',
        'manifest.yaml.njk: resource "x-dev" depends on "y", which is not another resource of the manifest',
      ],
      [
        'a bad name',
        '- { name: "X_{{ environment }}", type: vpc, tfType: aws_vpc, module: networking }',
        'manifest.yaml.njk (environment dev): entry 1 ("X_dev"): name must be lowercase letters, digits and dashes',
      ],
      [
        'an unknown field',
        '- { name: "x-{{ environment }}", type: vpc, tfType: aws_vpc, module: networking, dependOn: [] }',
        'manifest.yaml.njk (environment dev): entry 1 ("x-dev"): unknown field "dependOn"',
      ],
      [
        'a bad cost line',
        '- { name: "x-{{ environment }}", type: vpc, tfType: aws_vpc, module: networking, cost: [{ item: a, quantity: -1 }] }',
        'cost[0].quantity must be a number, zero or more',
      ],
      [
        'an unknown price item',
        '- { name: "x-{{ environment }}", type: vpc, tfType: aws_vpc, module: networking, cost: [{ item: gpu, quantity: 1 }] }',
        'Resource "x-dev": unknown price item "gpu" (not in shared/pricing/aws.yaml)',
      ],
      [
        'a manifest that is not a list',
        'name: x',
        'manifest.yaml.njk (environment dev): the rendered manifest must be a YAML list',
      ],
    ])('%s in the manifest', async (_name, manifest, message) => {
      mockDir.addContent({
        'billpay-infrastructure/manifest.yaml.njk': manifest,
      });
      await fails(message);
    });

    it('a region without a price multiplier when resources have costs', async () => {
      await fails(
        'shared/pricing/aws.yaml: no price multiplier for region "mars-1" (known regions: us-east-1, eu-west-1)',
        { ...exampleValues, region: 'mars-1' },
      );
    });
  });
});
