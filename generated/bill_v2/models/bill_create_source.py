from enum import StrEnum


class BillCreateSource(StrEnum):
    DEFAULT = "0"
    PAYMENTUS = "3"
    PAY_A_VENDOR = "1"
    SIMPLE_BASIC = "2"

    def __str__(self) -> str:
        return str(self.value)
