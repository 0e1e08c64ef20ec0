from enum import StrEnum


class IntlEPaymentDisbursementIntlEPmtType(StrEnum):
    INTERNATIONAL_ACH = "2"
    NONE = "0"
    WIRE = "1"

    def __str__(self) -> str:
        return str(self.value)
