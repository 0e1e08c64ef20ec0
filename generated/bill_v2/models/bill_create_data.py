from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_create import BillCreate


T = TypeVar("T", bound="BillCreateData")


@_attrs_define
class BillCreateData:
    obj: BillCreate
    """ The fields a new bill is written with. """
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
        from ..models.bill_create import BillCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = BillCreate.from_dict(d.pop("obj"))

        allow_duplicate_inv_num = d.pop("allowDuplicateInvNum", UNSET)

        bill_create_data = cls(
            obj=obj,
            allow_duplicate_inv_num=allow_duplicate_inv_num,
        )

        return bill_create_data
