from enum import StrEnum


class VendorPayBy(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "5"
    VALUE_4 = "6"
    VALUE_5 = "11"

    def __str__(self) -> str:
        return str(self.value)
