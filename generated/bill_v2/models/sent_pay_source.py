from enum import StrEnum


class SentPaySource(StrEnum):
    BILL = "0"
    BILL_AUTOPAY = "1"
    EBILL = "5"
    EBILL_AUTOPAY = "4"
    NETSYNC_OFFLINE_PAYMENT = "3"
    NETSYNC_ONLINE_PAYMENT = "2"
    RECURRING_PAYMENT = "6"

    def __str__(self) -> str:
        return str(self.value)
