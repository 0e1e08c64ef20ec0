from enum import StrEnum


class PaymentExtraDataDisbursementStatusDescription(StrEnum):
    DONE = "Done"
    FAILED = "Failed"
    FXHOLD = "FxHold"
    HOLD = "Hold"
    SCHEDULED = "Scheduled"
    VOID = "Void"

    def __str__(self) -> str:
        return str(self.value)
