import { awsProvider, ruleChecker } from '../__testUtils__/policyFixture';

const privateBucket = `
resource "aws_s3_bucket" "assets" {
  bucket = "assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket = aws_s3_bucket.assets.id

  block_public_acls       = true
  block_public_policy     = var.block_policy
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

describe('no-public-buckets', () => {
  const check = ruleChecker('no-public-buckets');

  it('passes an S3 bucket behind a public access block with every setting on', async () => {
    const result = await check({
      'main.tf': `${awsProvider(
        'dev',
      )}${privateBucket}variable "block_policy" {\n  default = true\n}\n`,
    });
    expect(result).toMatchObject({
      status: 'passed',
      checked: 2,
      violations: [],
    });
  });

  it('names a setting turned off where its value is given', async () => {
    const result = await check({
      'live/prod/main.tf': `${awsProvider(
        'prod',
      )}module "site" {\n  source       = "../../modules/site"\n  block_policy = false\n}\n`,
      'modules/site/main.tf': privateBucket,
      'modules/site/variables.tf':
        'variable "block_policy" {\n  type = bool\n}\n',
    });
    expect(result.violations).toEqual([
      {
        rule: 'no-public-buckets',
        resource: 'aws_s3_bucket_public_access_block.assets',
        file: 'live/prod/main.tf',
        line: 12,
        message:
          'aws_s3_bucket_public_access_block.assets in live/prod, module.site: block_public_policy is false, must be true',
      },
    ]);
  });

  it('fails a bucket without an access block, and a public ACL', async () => {
    const result = await check({
      'main.tf': `${awsProvider('dev')}
resource "aws_s3_bucket" "open" {
  bucket = "open"
}

resource "aws_s3_bucket_acl" "open" {
  bucket = aws_s3_bucket.open.id
  acl    = "public-read"
}
`,
    });
    expect(result.violations.map(v => [v.line, v.message])).toEqual([
      [
        11,
        'aws_s3_bucket.open in the root module: no aws_s3_bucket_public_access_block blocks public access to the bucket',
      ],
      [
        17,
        'aws_s3_bucket_acl.open in the root module: acl is "public-read", a public ACL',
      ],
    ]);
  });

  it('fails Cloud Storage open to allUsers or without uniform access, and public Azure storage', async () => {
    const result = await check({
      'main.tf': `provider "google" {}

resource "google_storage_bucket" "site" {
  name                        = "site"
  uniform_bucket_level_access = false
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "azurerm_storage_account" "site" {
  name = "site"
}
`,
    });
    expect(result.violations.map(v => v.message)).toEqual([
      'google_storage_bucket.site in the root module: uniform_bucket_level_access is false, must be true',
      'google_storage_bucket_iam_member.public in the root module: member grants access to everyone',
      'azurerm_storage_account.site in the root module: allow_nested_items_to_be_public is not set (the provider allows public containers)',
    ]);
  });

  it('is not applicable without buckets, and skips resources whose count is zero', async () => {
    const result = await check({
      'main.tf': `${awsProvider('dev')}
resource "aws_s3_bucket" "off" {
  count  = 0
  bucket = "off"
}
`,
    });
    expect(result).toMatchObject({ status: 'not-applicable', checked: 0 });
  });
});
