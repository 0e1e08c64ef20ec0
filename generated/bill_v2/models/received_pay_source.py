from enum import StrEnum


class ReceivedPaySource(StrEnum):
    BILL = "2"
    EINVOICE_PAYMENT = "5"
    INSTAPAY_ACH = "6"
    INVOICE_AUTOPAY = "4"
    NETSYNC = "3"
    OTHER = "0"
    QUICKBOOKS = "1"

    def __str__(self) -> str:
        return str(self.value)
