from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_update import BillUpdate


T = TypeVar("T", bound="BillUpdateData")


@_attrs_define
class BillUpdateData:
    obj: BillUpdate
    """ A whole bill to write over the stored one; BILL wants the same fields as for a new bill. """
    allow_duplicate_inv_num: bool | Unset = UNSET
    """ Accept an invoice number this vendor has used before (it can upset accounting sync). """

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        allow_duplicate_inv_num = self.allow_duplicate_inv_num

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
            }
        )
        if allow_duplicate_inv_num is not UNSET:
            field_dict["allowDuplicateInvNum"] = allow_duplicate_inv_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_update import BillUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = BillUpdate.from_dict(d.pop("obj"))

        allow_duplicate_inv_num = d.pop("allowDuplicateInvNum", UNSET)

        bill_update_data = cls(
            obj=obj,
            allow_duplicate_inv_num=allow_duplicate_inv_num,
        )

        return bill_update_data
