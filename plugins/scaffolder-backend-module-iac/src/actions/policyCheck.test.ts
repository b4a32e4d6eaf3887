import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject } from '@backstage/types';
import path from 'node:path';
import { createIacPolicyCheckAction } from './policyCheck';

// The portal's own policies folder: the test shows what the real configuration refuses.
const POLICIES_DIR = path.resolve(__dirname, '../../../../policies');

// A production stack breaking every kind of rule: a public bucket, a missing cost-center tag,
// a t3.nano web server and a database without deletion protection.
const badStack = {
  'live/prod/main.tf': `provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = { owner = "team-shop", environment = "prod" }
  }
}

module "shop" {
  source              = "../../modules/shop"
  instance_type       = "t3.nano"
  deletion_protection = false
}
`,
  'modules/shop/main.tf': `resource "aws_s3_bucket" "assets" {
  bucket = "shop-prod-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket = aws_s3_bucket.assets.id

  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_instance" "web" {
  instance_type = var.instance_type

  root_block_device {
    encrypted = true
  }
}

resource "aws_db_instance" "db" {
  instance_class      = "db.m6g.large"
  storage_encrypted   = true
  multi_az            = true
  deletion_protection = var.deletion_protection
}
`,
  'modules/shop/variables.tf': `variable "instance_type" {
  type = string
}

variable "deletion_protection" {
  type    = bool
  default = true
}
`,
};

const manifest = [
  {
    name: 'shop-prod-assets',
    environment: 'prod',
    module: 'shop',
    tfType: 'aws_s3_bucket',
  },
  {
    name: 'shop-prod-web',
    environment: 'prod',
    module: 'shop',
    tfType: 'aws_instance',
  },
  {
    name: 'shop-prod-db',
    environment: 'prod',
    module: 'shop',
    tfType: 'aws_db_instance',
  },
];

const REASON = 'Load test until Friday, torn down by CHG-4711 afterwards';

describe('iac:policy:check', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createIacPolicyCheckAction({ policiesDir: POLICIES_DIR });

  const run = (input: JsonObject, extra: object = {}) => {
    const ctx = createMockActionContext({ input, workspacePath, ...extra });
    return { ctx, done: action.handler(ctx) };
  };
  const outputs = (ctx: { output: unknown }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  beforeEach(() => mockDir.setContent({ workspace: badStack }));

  it('fails a bad stack, naming each violation, after setting its outputs', async () => {
    const { ctx, done } = run({ manifest });
    await expect(done).rejects.toThrow(InputError);
    const message = await done.then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message.split('\n')).toEqual([
      'The policy check found 6 violations:',
      '  modules/shop/main.tf:8: aws_s3_bucket_public_access_block.assets in live/prod, module.shop: block_public_acls is false, must be true (no-public-buckets)',
      '  modules/shop/main.tf:1: aws_s3_bucket.assets in live/prod, module.shop: tags lack cost-center (required-tags)',
      '  modules/shop/main.tf:24: aws_instance.web in live/prod, module.shop: tags lack cost-center (required-tags)',
      '  modules/shop/main.tf:32: aws_db_instance.db in live/prod, module.shop: tags lack cost-center (required-tags)',
      '  live/prod/main.tf:12: aws_db_instance.db in live/prod, module.shop: deletion_protection is false, must be true (prod-resilience)',
      '  live/prod/main.tf:11: aws_instance.web in live/prod, module.shop: instance_type "t3.nano" is not allowed in prod (policies/instance-types.yaml) (instance-types)',
    ]);
    const out = outputs(ctx);
    expect(out).toMatchObject({ passed: false, overridden: false });
    expect(
      out.violations.map((v: any) => [v.rule, v.resource, v.file, v.line]),
    ).toEqual([
      [
        'no-public-buckets',
        'aws_s3_bucket_public_access_block.assets',
        'modules/shop/main.tf',
        8,
      ],
      ['required-tags', 'shop-prod-assets', 'modules/shop/main.tf', 1],
      ['required-tags', 'shop-prod-web', 'modules/shop/main.tf', 24],
      ['required-tags', 'shop-prod-db', 'modules/shop/main.tf', 32],
      ['prod-resilience', 'shop-prod-db', 'live/prod/main.tf', 12],
      ['instance-types', 'shop-prod-web', 'live/prod/main.tf', 11],
    ]);
    expect(out.violations[5].message).toBe(
      'aws_instance.web in live/prod, module.shop: instance_type "t3.nano" is not allowed in prod (policies/instance-types.yaml)',
    );
    expect(out.summary).toContain('### Policy: 6 violations\n');
    expect(out.summary).toContain(
      '| No public buckets (no-public-buckets) | ❌ failed | 2 | 1 |',
    );
  });

  it('lets the stack through with an override, recording who, why and which rules', async () => {
    const logger = mockServices.logger.mock();
    const { ctx, done } = run(
      { manifest, override: { reason: REASON } },
      { logger, user: { ref: 'user:default/jane' } },
    );
    await done;
    const out = outputs(ctx);
    expect(out).toMatchObject({ passed: false, overridden: true });
    expect(out.violations).toHaveLength(6);
    expect(out.summary).toContain('### Policy: 6 violations, overridden\n');
    expect(out.summary).toContain(
      '⚠️ The policy gate was overridden by user:default/jane for no-public-buckets, required-tags, prod-resilience, instance-types.',
    );
    expect(out.summary).toContain(`Reason: ${REASON}`);
    expect(logger.warn).toHaveBeenCalledWith(
      `Policy gate overridden by user:default/jane for no-public-buckets, required-tags, prod-resilience, instance-types: ${REASON}`,
    );
  });

  it('still fails on the rules an override leaves out', async () => {
    const { done } = run({
      manifest,
      override: {
        reason: REASON,
        rules: ['instance-types', 'prod-resilience'],
      },
    });
    await expect(done).rejects.toThrow(
      /^The policy check found 4 violations:\n/,
    );
    await expect(done).rejects.toThrow(
      'The override covers instance-types, prod-resilience only.',
    );
  });

  it('passes a compliant stack without an override', async () => {
    mockDir.setContent({
      workspace: {
        ...badStack,
        'live/prod/main.tf': badStack['live/prod/main.tf']
          .replace(
            'environment = "prod" }',
            'environment = "prod", "cost-center" = "shop" }',
          )
          .replace('"t3.nano"', '"m6i.large"')
          .replace('deletion_protection = false', 'deletion_protection = true'),
        'modules/shop/main.tf': badStack['modules/shop/main.tf'].replace(
          'block_public_acls       = false',
          'block_public_acls       = true',
        ),
      },
    });
    const { ctx, done } = run({ manifest, override: { reason: REASON } });
    await done;
    expect(outputs(ctx)).toMatchObject({
      passed: true,
      overridden: false,
      violations: [],
    });
    expect(outputs(ctx).summary).toMatch(/^### Policy: all rules passed\n/);
  });

  it.each([
    [
      'a short override reason',
      { override: { reason: 'because' } },
      'override.reason must explain the override in at least 20 characters',
    ],
    [
      'an unknown rule',
      { override: { reason: REASON, rules: ['no-cost'] } },
      'override.rules: unknown rule no-cost (rules: no-public-buckets',
    ],
    [
      'a path outside the workspace',
      { path: '../x' },
      'path must be a relative path',
    ],
    [
      'a path that is not a folder',
      { path: 'live/prod/main.tf' },
      "path: 'live/prod/main.tf' is not a folder of the workspace",
    ],
  ])('refuses %s', async (_name, input, message) => {
    const { done } = run(input);
    await expect(done).rejects.toThrow(InputError);
    await expect(done).rejects.toThrow(message);
  });

  it('stops when the policies folder is missing', async () => {
    const misconfigured = createIacPolicyCheckAction({
      policiesDir: mockDir.resolve('nowhere'),
    });
    const ctx = createMockActionContext({ input: {}, workspacePath });
    await expect(misconfigured.handler(ctx)).rejects.toThrow(
      /^Policy configuration .*nowhere\/required-tags\.yaml: cannot be read \(ENOENT\)$/,
    );
  });
});
