from enum import StrEnum


class APExchangeRateVendorType(StrEnum):
    POC1 = "POC1"
    POC2 = "POC2"
    POC3 = "POC3"

    def __str__(self) -> str:
        return str(self.value)
