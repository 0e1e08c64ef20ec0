from enum import StrEnum


class DepartmentUpdateEntity(StrEnum):
    DEPARTMENT = "Department"

    def __str__(self) -> str:
        return str(self.value)
