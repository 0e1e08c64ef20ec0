from enum import StrEnum


class BillApprovalRuleInputKey(StrEnum):
    BILL_AMOUNT = "BILL_AMOUNT"
    CHART_OF_ACCOUNT_ID = "CHART_OF_ACCOUNT_ID"
    JOB_ID = "JOB_ID"
    LOCATION_ID = "LOCATION_ID"
    VENDOR_ID = "VENDOR_ID"

    def __str__(self) -> str:
        return str(self.value)
