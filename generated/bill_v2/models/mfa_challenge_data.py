from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaChallengeData")


@_attrs_define
class MfaChallengeData:
    use_backup: bool | Unset = UNSET
    """ Text the backup phone instead. """

    def to_dict(self) -> dict[str, Any]:
        use_backup = self.use_backup

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if use_backup is not UNSET:
            field_dict["useBackup"] = use_backup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        use_backup = d.pop("useBackup", UNSET)

        mfa_challenge_data = cls(
            use_backup=use_backup,
        )

        return mfa_challenge_data
