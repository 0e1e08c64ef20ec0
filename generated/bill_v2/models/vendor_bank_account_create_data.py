from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vendor_bank_account_create import VendorBankAccountCreate


T = TypeVar("T", bound="VendorBankAccountCreateData")


@_attrs_define
class VendorBankAccountCreateData:
    obj: VendorBankAccountCreate

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
        from ..models.vendor_bank_account_create import VendorBankAccountCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = VendorBankAccountCreate.from_dict(d.pop("obj"))

        vendor_bank_account_create_data = cls(
            obj=obj,
        )

        return vendor_bank_account_create_data
