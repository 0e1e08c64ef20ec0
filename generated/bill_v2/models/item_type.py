from enum import StrEnum


class ItemType(StrEnum):
    CATEGORY = "13"
    DISCOUNT = "5"
    FIXED_ASSET = "12"
    GROUP = "10"
    INVENTORY = "2"
    INVENTORY_ASSEMBLY = "9"
    NON_INVENTORY = "3"
    OTHER_CHARGE = "8"
    PAYMENT = "4"
    SALES_TAX = "6"
    SALES_TAX_GROUP = "11"
    SERVICE = "0"
    SUBTOTAL = "7"
    UNKNOWN = "1"

    def __str__(self) -> str:
        return str(self.value)
