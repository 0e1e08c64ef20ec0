from enum import StrEnum


class OrganizationEntity(StrEnum):
    ORGANIZATION = "Organization"

    def __str__(self) -> str:
        return str(self.value)
