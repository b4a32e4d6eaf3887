# The web server definition shared by every instance of the tier: a security group that admits only the
# load balancer (and the metrics network for node exporter), an instance role reachable through SSM
# Session Manager instead of SSH, and a launch template with IMDSv2 and an encrypted root volume.

data "aws_ssm_parameter" "ubuntu" {
  count = var.ami_id == null ? 1 : 0

  name = "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id"
}

data "aws_partition" "current" {}

locals {
  ami_id = var.ami_id != null ? var.ami_id : nonsensitive(data.aws_ssm_parameter.ubuntu[0].value)
}

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-web-"
  description = "Web servers of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-web" })

  lifecycle {
    create_before_destroy = true
  }
}

# count, not for_each: the source groups are usually created in the same apply, so their ids are unknown at plan.
resource "aws_vpc_security_group_ingress_rule" "http" {
  count = length(var.http_source_security_group_ids)

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.http_source_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = var.http_port
  to_port                      = var.http_port
  description                  = "HTTP from the load balancer"
}

resource "aws_vpc_security_group_ingress_rule" "node_exporter" {
  for_each = toset(var.metrics_cidr_blocks)

  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 9100
  to_port           = 9100
  description       = "Prometheus node exporter"
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
  description       = "Package mirrors, Git, AWS APIs"
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name_prefix        = "${substr(var.name, 0, 30)}-web-"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.this.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

data "aws_iam_policy_document" "access" {
  count = length(var.s3_bucket_arns) + length(var.secret_arns) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = length(var.s3_bucket_arns) > 0 ? [1] : []

    content {
      sid       = "ListBuckets"
      actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
      resources = var.s3_bucket_arns
    }
  }

  dynamic "statement" {
    for_each = length(var.s3_bucket_arns) > 0 ? [1] : []

    content {
      sid       = "ReadWriteObjects"
      actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      resources = [for arn in var.s3_bucket_arns : "${arn}/*"]
    }
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [1] : []

    content {
      sid       = "ReadDatabaseSecret"
      actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
      resources = var.secret_arns
    }
  }
}

resource "aws_iam_role_policy" "access" {
  count = length(data.aws_iam_policy_document.access)

  name   = "web-access"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.access[0].json
}

resource "aws_iam_instance_profile" "this" {
  name_prefix = "${substr(var.name, 0, 30)}-web-"
  role        = aws_iam_role.this.name
  tags        = var.tags
}

resource "aws_launch_template" "this" {
  name_prefix            = "${var.name}-web-"
  image_id               = local.ami_id
  instance_type          = var.instance_type
  vpc_security_group_ids = [aws_security_group.this.id]
  user_data              = var.user_data == null ? null : base64encode(var.user_data)
  update_default_version = true

  iam_instance_profile {
    arn = aws_iam_instance_profile.this.arn
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  monitoring {
    enabled = true
  }

  block_device_mappings {
    device_name = "/dev/sda1"

    ebs {
      volume_size           = var.root_volume_size
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name}-web", Role = "webserver" })
  }

  tag_specifications {
    resource_type = "volume"
    tags          = merge(var.tags, { Name = "${var.name}-web" })
  }

  tags = var.tags
}
