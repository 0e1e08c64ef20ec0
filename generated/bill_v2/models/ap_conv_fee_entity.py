from enum import StrEnum


class APConvFeeEntity(StrEnum):
    APCONVFEE = "APConvFee"

    def __str__(self) -> str:
        return str(self.value)
