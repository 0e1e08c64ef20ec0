from enum import StrEnum


class VendorOrgVirtualCardStatus(StrEnum):
    NEVER_CALL = "2"
    OPTED_IN = "1"
    OPTED_OUT = "0"

    def __str__(self) -> str:
        return str(self.value)
