from enum import StrEnum


class ChartOfAccount1099Box(StrEnum):
    BOX_1 = "1"
    BOX_10 = "10"
    BOX_11 = "11"
    BOX_12 = "12"
    BOX_13 = "13"
    BOX_14 = "14"
    BOX_2 = "2"
    BOX_3 = "3"
    BOX_4 = "4"
    BOX_5 = "5"
    BOX_6 = "6"
    BOX_7 = "7"
    BOX_8 = "8"
    BOX_9 = "9"
    NONE = "0"

    def __str__(self) -> str:
        return str(self.value)
