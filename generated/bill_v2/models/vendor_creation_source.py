from enum import StrEnum


class VendorCreationSource(StrEnum):
    VALUE_0 = "1"
    VALUE_1 = "2"
    VALUE_2 = "3"
    VALUE_3 = "4"
    VALUE_4 = "6"
    VALUE_5 = "7"
    VALUE_6 = "8"
    VALUE_7 = "9"

    def __str__(self) -> str:
        return str(self.value)
