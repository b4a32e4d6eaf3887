"""Notification fan-out: turns new order events (DynamoDB stream) into order-status messages.

Each inserted event is published to the order-status topic, which delivers it to the notification and
order-history queues. Failed records are reported individually so only they are retried.
"""
import json
import os

import boto3

TOPIC_ARN = os.environ["ORDER_STATUS_TOPIC_ARN"]
SNS = boto3.client("sns")


def _plain(image):
    """Flattens a DynamoDB stream image ({"S": "x"}, {"N": "1"}) into plain values."""
    return {key: next(iter(value.values())) for key, value in image.items()}


def main(event, _context):
    failures = []
    for record in event.get("Records", []):
        if record.get("eventName") != "INSERT":
            continue
        try:
            item = _plain(record["dynamodb"]["NewImage"])
            SNS.publish(
                TopicArn=TOPIC_ARN,
                Message=json.dumps(item),
                MessageAttributes={"type": {"DataType": "String", "StringValue": item.get("type", "unknown")}},
            )
        except Exception:  # noqa: BLE001 - any failure is retried through the batch response
            failures.append({"itemIdentifier": record["dynamodb"]["SequenceNumber"]})
    return {"batchItemFailures": failures}
