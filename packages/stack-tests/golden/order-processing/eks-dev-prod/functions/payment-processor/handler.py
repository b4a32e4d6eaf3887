"""Payment processing function of the order flow, invoked by the payment service.

It stands in for the payment provider (Stripe, PayPal): it approves a charge unless the amount is above
DECLINE_AMOUNT_OVER or the card token asks for a decline, and answers refunds. The payment service
publishes payment-succeeded or payment-failed from the answer.
"""
import json
import logging
import os
import uuid
from decimal import Decimal, InvalidOperation

LOG = logging.getLogger()
LOG.setLevel(os.environ.get("LOG_LEVEL", "INFO"))
DECLINE_OVER = Decimal(os.environ.get("DECLINE_AMOUNT_OVER", "5000"))


def _result(approved, order_id, reason=None):
    return {
        "approved": approved,
        "order_id": order_id,
        "transaction_id": str(uuid.uuid4()) if approved else None,
        "reason": reason,
    }


def main(event, _context):
    operation = event.get("operation", "charge")
    order_id = str(event.get("order_id", ""))
    if not order_id:
        return _result(False, order_id, "order_id is required")

    try:
        amount = Decimal(str(event.get("amount", "0")))
    except InvalidOperation:
        return _result(False, order_id, "amount is not a number")

    if operation == "refund":
        LOG.info(json.dumps({"operation": "refund", "order_id": order_id, "amount": str(amount)}))
        return _result(True, order_id)

    if amount <= 0:
        return _result(False, order_id, "amount must be positive")
    if amount > DECLINE_OVER or event.get("card_token") == "tok_decline":
        LOG.info(json.dumps({"operation": "charge", "order_id": order_id, "approved": False}))
        return _result(False, order_id, "card declined")

    LOG.info(json.dumps({"operation": "charge", "order_id": order_id, "approved": True}))
    return _result(True, order_id)
