from enum import StrEnum


class VendorCreationSource(StrEnum):
    ADD_VENDOR = "3"
    CSV_IMPORT = "8"
    ENTER_BILL_OR_PAY = "1"
    INBOX = "9"
    IVA_UPLOADED_BILL = "4"
    NETWORK_FROM_ENTER_BILL_OR_PAY = "2"
    NETWORK_PAGE = "6"
    SYNC = "7"

    def __str__(self) -> str:
        return str(self.value)
