from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credit_memo_create import CreditMemoCreate


T = TypeVar("T", bound="CreditMemoCreateData")


@_attrs_define
class CreditMemoCreateData:
    """Data of Crud/Create/CreditMemo."""

    obj: CreditMemoCreate
    """ The writable fields of a new credit memo. """

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
        from ..models.credit_memo_create import CreditMemoCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CreditMemoCreate.from_dict(d.pop("obj"))

        credit_memo_create_data = cls(
            obj=obj,
        )

        return credit_memo_create_data
