import { isUnknown } from '../hcl/values';
import type { ResourceView } from '../model/resourceView';
import type { PolicyRule, RuleContext } from '../types';
import { Check, Problem, expectValue, runChecks } from './expectations';

const PUBLIC_ACLS = ['public-read', 'public-read-write', 'authenticated-read'];
// Principals that mean "anyone": Google's public members, S3's public ACL grantees.
const PUBLIC_PRINCIPALS =
  /allUsers|allAuthenticatedUsers|acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;
const ACCESS_BLOCK = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets',
];

function publicAcl(resource: ResourceView): Problem {
  const acl = resource.value('acl');
  if (acl === undefined) return undefined;
  if (isUnknown(acl))
    return {
      attribute: 'acl',
      message: 'acl cannot be determined from the code',
    };
  return typeof acl === 'string' && PUBLIC_ACLS.includes(acl)
    ? { attribute: 'acl', message: `acl is "${acl}", a public ACL` }
    : undefined;
}

// A principal written in the code, or given as a value, that opens the bucket to anyone. A
// principal built from values known only after apply (a project number) is judged as written.
function publicPrincipal(resource: ResourceView, attribute: string): Problem {
  const value = resource.value(attribute);
  const text = `${resource.source(attribute)} ${
    isUnknown(value) ? '' : JSON.stringify(value)
  }`;
  return PUBLIC_PRINCIPALS.test(text)
    ? { attribute, message: `${attribute} grants access to everyone` }
    : undefined;
}

function s3Bucket(resource: ResourceView, ctx: RuleContext): Problem[] {
  const blocked = ctx.resources.some(
    r =>
      r.deployment === resource.deployment &&
      r.type === 'aws_s3_bucket_public_access_block' &&
      r.refersTo('bucket', 'aws_s3_bucket', resource.code.name),
  );
  return [
    blocked
      ? undefined
      : {
          message:
            'no aws_s3_bucket_public_access_block blocks public access to the bucket',
        },
    publicAcl(resource),
  ];
}

const CHECKS: Record<string, Check> = {
  aws_s3_bucket: s3Bucket,
  aws_s3_bucket_public_access_block: r =>
    ACCESS_BLOCK.map(a => expectValue(r, a, true, 'defaults to false')),
  aws_s3_bucket_acl: r => [
    publicAcl(r),
    publicPrincipal(r, 'access_control_policy'),
  ],
  google_storage_bucket: r => [
    expectValue(
      r,
      'uniform_bucket_level_access',
      true,
      'object ACLs could make objects public',
    ),
  ],
  google_storage_bucket_iam_member: r => [publicPrincipal(r, 'member')],
  google_storage_bucket_iam_binding: r => [publicPrincipal(r, 'members')],
  google_storage_bucket_access_control: r => [publicPrincipal(r, 'entity')],
  google_storage_bucket_acl: r => [publicPrincipal(r, 'role_entity')],
  google_storage_default_object_acl: r => [publicPrincipal(r, 'role_entity')],
  azurerm_storage_account: r => [
    expectValue(
      r,
      'allow_nested_items_to_be_public',
      false,
      'the provider allows public containers',
    ),
  ],
  azurerm_storage_container: r => [
    expectValue(r, 'container_access_type', 'private', 'ok'),
  ],
  oci_objectstorage_bucket: r => [
    expectValue(r, 'access_type', 'NoPublicAccess', 'ok'),
  ],
};

/**
 * No public buckets: S3 buckets behind a public access block with all four settings on and no
 * public ACL; Cloud Storage with uniform access and no grant to allUsers; Azure storage accounts
 * that refuse public containers; OCI buckets without public access.
 */
export const publicBucketsRule: PolicyRule = {
  id: 'no-public-buckets',
  title: 'No public buckets',
  evaluate: ctx => runChecks(ctx, CHECKS),
};
