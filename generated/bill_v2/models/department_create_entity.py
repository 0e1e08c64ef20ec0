from enum import StrEnum


class DepartmentCreateEntity(StrEnum):
    DEPARTMENT = "Department"

    def __str__(self) -> str:
        return str(self.value)
