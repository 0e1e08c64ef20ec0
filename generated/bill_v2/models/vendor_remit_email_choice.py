from enum import StrEnum


class VendorRemitEmailChoice(StrEnum):
    NOT_SET = "0"
    REMIT_EMAIL = "1"
    VENDOR_VCARD_REMIT_EMAIL = "2"

    def __str__(self) -> str:
        return str(self.value)
