from enum import StrEnum


class SentPayDeliveryTypeRequested(StrEnum):
    REAL_TIME_PAYMENT = "13"
    STANDARD = "0"
    UPS_1_DAY = "10"
    UPS_2_DAY = "11"
    UPS_3_DAY = "12"
    USPS_PRIORITY = "1"

    def __str__(self) -> str:
        return str(self.value)
