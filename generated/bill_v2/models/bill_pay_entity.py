from enum import StrEnum


class BillPayEntity(StrEnum):
    BILLPAY = "BillPay"

    def __str__(self) -> str:
        return str(self.value)
