# Secrets Manager containers for the BillPay services. Only the secret resources live in code;
# their values are put by the owning team (console, CLI or their pipeline), so no value ever
# reaches the repository or the OpenTofu state.

resource "aws_secretsmanager_secret" "this" {
  for_each = var.secrets

  name                    = "${var.name}/${each.key}"
  description             = each.value.description
  kms_key_id              = var.kms_key_id
  recovery_window_in_days = var.recovery_window_in_days

  tags = merge(var.tags, { secret = each.key })
}

# Read-only policy per secret, to attach to the role of the workload that uses it.
data "aws_iam_policy_document" "read" {
  for_each = aws_secretsmanager_secret.this

  statement {
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = [each.value.arn]
  }
}

resource "aws_iam_policy" "read" {
  for_each = aws_secretsmanager_secret.this

  name        = "${replace(var.name, "/", "-")}-${each.key}-read"
  description = "Read the ${each.value.name} secret"
  policy      = data.aws_iam_policy_document.read[each.key].json

  tags = var.tags
}
