from enum import StrEnum


class JobCreateEntity(StrEnum):
    JOB = "Job"

    def __str__(self) -> str:
        return str(self.value)
