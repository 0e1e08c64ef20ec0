from enum import StrEnum


class ListFilterOp(StrEnum):
    EQ = "="
    GE = ">="
    GT = ">"
    IN = "in"
    LE = "<="
    LT = "<"
    NE = "!="
    NIN = "nin"

    def __str__(self) -> str:
        return str(self.value)
