# Fan-out topics of the order flow: encrypted at rest, each with the subscriptions given (queues get the
# raw message so consumers do not unwrap the SNS envelope).

locals {
  subscriptions = merge([
    for topic, t in var.topics : {
      for i, s in t.subscriptions : "${topic}-${i}" => merge(s, { topic = topic })
    }
  ]...)
}

resource "aws_sns_topic" "this" {
  for_each = var.topics

  name              = "${var.name}-${each.key}"
  kms_master_key_id = var.kms_master_key_id
}

resource "aws_sns_topic_subscription" "this" {
  for_each = local.subscriptions

  topic_arn            = aws_sns_topic.this[each.value.topic].arn
  protocol             = each.value.protocol
  endpoint             = each.value.endpoint
  raw_message_delivery = contains(["sqs", "https", "firehose"], each.value.protocol) ? each.value.raw_message_delivery : false
  filter_policy        = each.value.filter_policy
}
