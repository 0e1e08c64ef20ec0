from enum import StrEnum


class DocumentEntity(StrEnum):
    DOCUMENT = "Document"

    def __str__(self) -> str:
        return str(self.value)
