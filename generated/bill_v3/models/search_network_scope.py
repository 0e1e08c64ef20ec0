from enum import StrEnum


class SearchNetworkScope(StrEnum):
    ALL = "ALL"
    BILL = "BILL"
    RPPS = "RPPS"

    def __str__(self) -> str:
        return str(self.value)
