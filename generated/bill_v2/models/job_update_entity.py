from enum import StrEnum


class JobUpdateEntity(StrEnum):
    JOB = "Job"

    def __str__(self) -> str:
        return str(self.value)
