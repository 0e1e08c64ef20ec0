from enum import StrEnum


class JobEntity(StrEnum):
    JOB = "Job"

    def __str__(self) -> str:
        return str(self.value)
