from enum import StrEnum


class ChartOfAccountType(StrEnum):
    ACCOUNTS_PAYABLE = "1"
    ACCOUNTS_RECEIVABLE = "2"
    BANK = "3"
    COST_OF_GOODS_SOLD = "4"
    CREDIT_CARD = "5"
    EQUITY = "6"
    EXPENSE = "7"
    FIXED_ASSET = "8"
    INCOME = "9"
    LONG_TERM_LIABILITY = "10"
    NON_POSTING = "16"
    OTHER_ASSET = "11"
    OTHER_CURRENT_ASSET = "12"
    OTHER_CURRENT_LIABILITY = "13"
    OTHER_EXPENSE = "14"
    OTHER_INCOME = "15"
    UNSPECIFIED = "0"

    def __str__(self) -> str:
        return str(self.value)
