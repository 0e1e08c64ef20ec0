from enum import IntEnum


class ResponseStatus(IntEnum):
    SUCCESS = 0
    ERROR = 1

    def __str__(self) -> str:
        return str(self.value)
