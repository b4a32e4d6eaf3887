import { isUnknown } from '../hcl/values';
import type { ResourceView } from '../model/resourceView';
import type { PolicyRule, RuleContext } from '../types';
import { Check, Problem, expectValue, runChecks } from './expectations';

const UNENCRYPTED = 'unencrypted by default';

// Every listed block that exists must have `attribute` true (a volume per block).
function eachBlock(
  resource: ResourceView,
  path: string[],
  attribute: string,
): Problem[] {
  const [first, ...rest] = path;
  return resource
    .blocks(first)
    .flatMap(block =>
      rest.length
        ? eachBlock(block, rest, attribute)
        : [expectValue(block, attribute, true, UNENCRYPTED)],
    );
}

function s3Bucket(resource: ResourceView, ctx: RuleContext): Problem[] {
  const configured =
    resource.blocks('server_side_encryption_configuration').length > 0 ||
    ctx.resources.some(
      r =>
        r.deployment === resource.deployment &&
        r.type === 'aws_s3_bucket_server_side_encryption_configuration' &&
        r.refersTo('bucket', 'aws_s3_bucket', resource.code.name),
    );
  return [
    configured
      ? undefined
      : {
          message:
            'no aws_s3_bucket_server_side_encryption_configuration encrypts the bucket',
        },
  ];
}

// Encrypted with the service's key or a KMS key: either setting will do.
function managedOrKms(
  resource: ResourceView,
  managed: string,
  kms: string,
): Problem {
  const key = resource.value(kms);
  if (key !== undefined && key !== null && key !== '') {
    return isUnknown(key) || typeof key === 'string'
      ? undefined
      : { attribute: kms, message: `${kms} is not a key` };
  }
  return managed
    ? expectValue(resource, managed, true, `and no ${kms}`)
    : {
        attribute: kms,
        message: `${kms} is not set: the data is not encrypted at rest`,
      };
}

const CHECKS: Record<string, Check> = {
  aws_s3_bucket: s3Bucket,
  aws_db_instance: r =>
    r.has('replicate_source_db')
      ? []
      : [expectValue(r, 'storage_encrypted', true, UNENCRYPTED)],
  aws_rds_cluster: r => [
    expectValue(r, 'storage_encrypted', true, UNENCRYPTED),
  ],
  aws_docdb_cluster: r => [
    expectValue(r, 'storage_encrypted', true, UNENCRYPTED),
  ],
  aws_neptune_cluster: r => [
    expectValue(r, 'storage_encrypted', true, UNENCRYPTED),
  ],
  aws_ebs_volume: r => [expectValue(r, 'encrypted', true, UNENCRYPTED)],
  aws_efs_file_system: r => [expectValue(r, 'encrypted', true, UNENCRYPTED)],
  aws_redshift_cluster: r => [expectValue(r, 'encrypted', true, UNENCRYPTED)],
  aws_instance: r => [
    ...(r.blocks('root_block_device').length
      ? eachBlock(r, ['root_block_device'], 'encrypted')
      : [
          {
            message:
              'root_block_device is not set: the root volume is unencrypted by default',
          },
        ]),
    ...eachBlock(r, ['ebs_block_device'], 'encrypted'),
  ],
  aws_launch_template: r =>
    eachBlock(r, ['block_device_mappings', 'ebs'], 'encrypted'),
  aws_dynamodb_table: r => {
    const [sse] = r.blocks('server_side_encryption');
    return [
      sse
        ? expectValue(sse, 'enabled', true, 'disabled by default')
        : { message: 'server_side_encryption is not set' },
    ];
  },
  aws_sqs_queue: r => [
    managedOrKms(r, 'sqs_managed_sse_enabled', 'kms_master_key_id'),
  ],
  aws_sns_topic: r => [managedOrKms(r, '', 'kms_master_key_id')],
  aws_elasticache_replication_group: r => [
    expectValue(r, 'at_rest_encryption_enabled', true, UNENCRYPTED),
  ],
  aws_kinesis_stream: r => [
    expectValue(r, 'encryption_type', 'KMS', UNENCRYPTED),
  ],
  aws_opensearch_domain: r => {
    const [atRest] = r.blocks('encrypt_at_rest');
    return [
      atRest
        ? expectValue(atRest, 'enabled', true, UNENCRYPTED)
        : { message: 'encrypt_at_rest is not set' },
    ];
  },
};

/**
 * Encryption at rest wherever a storage service leaves it optional: S3 bucket encryption,
 * RDS, Aurora, DocumentDB and Neptune storage, EBS volumes (also in instances and launch
 * templates), EFS, Redshift, DynamoDB, SQS and SNS (managed or KMS keys), ElastiCache, Kinesis,
 * OpenSearch. Services that always encrypt (Cloud Storage, Azure Storage, OCI, ECR, MSK, MQ,
 * Secrets Manager, CloudWatch Logs) have nothing to check.
 */
export const encryptionAtRestRule: PolicyRule = {
  id: 'encryption-at-rest',
  title: 'Encryption at rest',
  evaluate: ctx => runChecks(ctx, CHECKS),
};
