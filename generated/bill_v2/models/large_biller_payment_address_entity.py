from enum import StrEnum


class LargeBillerPaymentAddressEntity(StrEnum):
    LARGEBILLERPAYMENTADDRESS = "LargeBillerPaymentAddress"

    def __str__(self) -> str:
        return str(self.value)
