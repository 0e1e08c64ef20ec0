from enum import StrEnum


class EventType(StrEnum):
    AUTOPAY_FAILED = "autopay.failed"
    BANK_ACCOUNT_CREATED = "bank-account.created"
    BANK_ACCOUNT_UPDATED = "bank-account.updated"
    BILL_ARCHIVED = "bill.archived"
    BILL_CREATED = "bill.created"
    BILL_RESTORED = "bill.restored"
    BILL_UPDATED = "bill.updated"
    CARD_ACCOUNT_CREATED = "card-account.created"
    CARD_ACCOUNT_UPDATED = "card-account.updated"
    INVOICE_ARCHIVED = "invoice.archived"
    INVOICE_CREATED = "invoice.created"
    INVOICE_RESTORED = "invoice.restored"
    INVOICE_UPDATED = "invoice.updated"
    PAYMENT_FAILED = "payment.failed"
    PAYMENT_UPDATED = "payment.updated"
    RISK_VERIFICATION_UPDATED = "risk-verification.updated"
    VENDOR_ARCHIVED = "vendor.archived"
    VENDOR_CREATED = "vendor.created"
    VENDOR_RESTORED = "vendor.restored"
    VENDOR_UPDATED = "vendor.updated"

    def __str__(self) -> str:
        return str(self.value)
