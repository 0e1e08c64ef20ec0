from enum import StrEnum


class MessageEntity(StrEnum):
    MESSAGE = "Message"

    def __str__(self) -> str:
        return str(self.value)
