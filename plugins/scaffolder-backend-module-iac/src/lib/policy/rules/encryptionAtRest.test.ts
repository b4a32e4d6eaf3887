import { awsProvider, ruleChecker } from '../__testUtils__/policyFixture';

describe('encryption-at-rest', () => {
  const check = ruleChecker('encryption-at-rest');

  it('passes encrypted storage of every kind', async () => {
    const result = await check({
      'main.tf': `${awsProvider('dev')}
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_db_instance" "db" {
  storage_encrypted = true
}

resource "aws_launch_template" "web" {
  block_device_mappings {
    ebs {
      encrypted = true
    }
  }
}

resource "aws_dynamodb_table" "t" {
  server_side_encryption {
    enabled = true
  }
}

resource "aws_sqs_queue" "q" {
  sqs_managed_sse_enabled = true
}

resource "aws_sns_topic" "t" {
  kms_master_key_id = var.key
}

variable "key" {
  default = "alias/aws/sns"
}
`,
    });
    expect(result).toMatchObject({
      status: 'passed',
      checked: 6,
      violations: [],
    });
  });

  it('names each unencrypted resource and what is missing', async () => {
    const result = await check({
      'main.tf': `${awsProvider('dev')}
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_db_instance" "db" {
  storage_encrypted = var.encrypted
}

variable "encrypted" {
  default = false
}

resource "aws_rds_cluster" "aurora" {
  engine = "aurora-postgresql"
}

resource "aws_instance" "web" {
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    encrypted = false
  }
}

resource "aws_dynamodb_table" "t" {
  name = "t"
}

resource "aws_sqs_queue" "q" {
  sqs_managed_sse_enabled = false
}

resource "aws_sns_topic" "t" {
  name = "t"
}
`,
    });
    expect(
      result.violations.map(v => v.message.replace(/ in the root module/, '')),
    ).toEqual([
      'aws_s3_bucket.data: no aws_s3_bucket_server_side_encryption_configuration encrypts the bucket',
      'aws_db_instance.db: storage_encrypted is false, must be true',
      'aws_rds_cluster.aurora: storage_encrypted is not set (unencrypted by default)',
      'aws_instance.web: encrypted is false, must be true',
      'aws_dynamodb_table.t: server_side_encryption is not set',
      'aws_sqs_queue.q: sqs_managed_sse_enabled is false, must be true',
      'aws_sns_topic.t: kms_master_key_id is not set: the data is not encrypted at rest',
    ]);
  });

  it('reports a setting the code does not determine', async () => {
    const result = await check({
      'main.tf': `${awsProvider('dev')}
resource "aws_ebs_volume" "data" {
  encrypted = data.aws_ebs_default_kms_key.current.key_arn != ""
}
`,
    });
    expect(result.violations.map(v => v.message)).toEqual([
      'aws_ebs_volume.data in the root module: encrypted cannot be determined from the code',
    ]);
  });
});
