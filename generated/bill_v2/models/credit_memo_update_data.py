from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credit_memo_update import CreditMemoUpdate


T = TypeVar("T", bound="CreditMemoUpdateData")


@_attrs_define
class CreditMemoUpdateData:
    """Data of Crud/Update/CreditMemo; the object replaces the stored one."""

    obj: CreditMemoUpdate
    """ The whole credit memo, as it should be stored. """

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_memo_update import CreditMemoUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CreditMemoUpdate.from_dict(d.pop("obj"))

        credit_memo_update_data = cls(
            obj=obj,
        )

        return credit_memo_update_data
