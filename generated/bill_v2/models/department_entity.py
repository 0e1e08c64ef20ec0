from enum import StrEnum


class DepartmentEntity(StrEnum):
    DEPARTMENT = "Department"

    def __str__(self) -> str:
        return str(self.value)
