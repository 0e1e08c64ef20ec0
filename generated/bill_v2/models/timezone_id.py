from enum import StrEnum


class TimezoneId(StrEnum):
    ALASKA = "2"
    ARGENTINA = "8"
    AUSTRALIA_EAST = "18"
    BANGLADESH = "14"
    CENTRAL = "5"
    CENTRAL_EUROPE = "10"
    CHINA = "16"
    EASTERN = "6"
    EAST_AFRICA = "12"
    EGYPT = "11"
    EST5EDT = "23"
    GMT = "9"
    HAWAII = "1"
    INDIA = "13"
    JAPAN = "17"
    MOUNTAIN = "4"
    MST7MDT = "22"
    NEW_ZEALAND = "21"
    PACIFIC = "3"
    PUERTO_RICO = "7"
    SOLOMON_ISLANDS = "19"
    VIETNAM = "15"

    def __str__(self) -> str:
        return str(self.value)
