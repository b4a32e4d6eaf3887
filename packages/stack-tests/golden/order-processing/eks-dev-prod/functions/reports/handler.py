"""Daily order report: reads yesterday's order events and writes a summary to the reports bucket.

Runs every morning from an EventBridge schedule. The summary counts orders created, paid, failed,
shipped and with shipping problems, and adds up the paid amounts.
"""
import datetime
import json
import os
from collections import Counter
from decimal import Decimal

import boto3

TABLE = os.environ["ORDER_EVENTS_TABLE"]
BUCKET = os.environ["REPORTS_BUCKET"]


def _events_of(day):
    table = boto3.resource("dynamodb").Table(TABLE)
    prefix = day.isoformat()
    kwargs = {
        "FilterExpression": "begins_with(event_id, :day)",
        "ExpressionAttributeValues": {":day": prefix},
    }
    while True:
        page = table.scan(**kwargs)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def main(_event, _context):
    day = datetime.date.today() - datetime.timedelta(days=1)
    counts = Counter()
    paid_total = Decimal("0")
    for item in _events_of(day):
        kind = item.get("type", "unknown")
        counts[kind] += 1
        if kind == "payment-succeeded":
            paid_total += Decimal(str(item.get("amount", "0")))

    report = {"day": day.isoformat(), "events": dict(counts), "paid_total": str(paid_total)}
    key = f"reports/{day:%Y/%m}/orders-{day.isoformat()}.json"
    boto3.client("s3").put_object(
        Bucket=BUCKET, Key=key, Body=json.dumps(report, indent=2).encode(), ContentType="application/json"
    )
    return {"key": key, **report}
