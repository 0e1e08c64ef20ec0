from enum import StrEnum


class EmployeeCreateEntity(StrEnum):
    EMPLOYEE = "Employee"

    def __str__(self) -> str:
        return str(self.value)
