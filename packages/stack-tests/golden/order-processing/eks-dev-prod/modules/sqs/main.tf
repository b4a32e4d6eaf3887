# Work queues between the services: each queue has a dead-letter queue that keeps a message after
# max_receive_count failed deliveries (retries with backoff come from the visibility timeout), encryption
# at rest, a policy admitting the order topics, and alarms on dead letters and on a backlog growing old.

data "aws_caller_identity" "current" {}

locals {
  alarms = var.alarm_topic_arn == null ? {} : var.queues
}

resource "aws_sqs_queue" "dlq" {
  for_each = var.queues

  name                      = "${var.name}-${each.key}-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "this" {
  for_each = var.queues

  name                       = "${var.name}-${each.key}"
  visibility_timeout_seconds = each.value.visibility_timeout_seconds
  message_retention_seconds  = each.value.message_retention_seconds
  receive_wait_time_seconds  = each.value.receive_wait_time_seconds
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = each.value.max_receive_count
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each = var.queues

  queue_url = aws_sqs_queue.dlq[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this[each.key].arn]
  })
}

data "aws_iam_policy_document" "queue" {
  for_each = length(var.sns_topic_arn_patterns) > 0 ? var.queues : {}

  statement {
    sid       = "OrderTopicsDeliver"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.this[each.key].arn]

    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = var.sns_topic_arn_patterns
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_sqs_queue_policy" "this" {
  for_each = data.aws_iam_policy_document.queue

  queue_url = aws_sqs_queue.this[each.key].id
  policy    = each.value.json
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  for_each = local.alarms

  alarm_name          = "${var.name}-${each.key}-dead-letters"
  alarm_description   = "Messages of ${var.name}-${each.key} failed ${each.value.max_receive_count} times and wait in the dead-letter queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    QueueName = aws_sqs_queue.dlq[each.key].name
  }
}

resource "aws_cloudwatch_metric_alarm" "oldest_message" {
  for_each = local.alarms

  alarm_name          = "${var.name}-${each.key}-backlog-age"
  alarm_description   = "The oldest message of ${var.name}-${each.key} has waited more than ${each.value.oldest_message_alarm_age} seconds: consumers are down or too slow."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  threshold           = each.value.oldest_message_alarm_age
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    QueueName = aws_sqs_queue.this[each.key].name
  }
}
