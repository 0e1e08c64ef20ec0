from enum import StrEnum


class EmployeeUpdateEntity(StrEnum):
    EMPLOYEE = "Employee"

    def __str__(self) -> str:
        return str(self.value)
