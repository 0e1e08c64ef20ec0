from enum import StrEnum


class VendorBillSyncPref(StrEnum):
    DO_NOT_SYNC = "1"
    SYNC = "0"

    def __str__(self) -> str:
        return str(self.value)
