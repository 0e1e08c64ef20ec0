from enum import StrEnum


class RPConvFeeEntity(StrEnum):
    RPCONVFEE = "RPConvFee"

    def __str__(self) -> str:
        return str(self.value)
