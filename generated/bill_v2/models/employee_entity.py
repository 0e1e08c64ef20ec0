from enum import StrEnum


class EmployeeEntity(StrEnum):
    EMPLOYEE = "Employee"

    def __str__(self) -> str:
        return str(self.value)
