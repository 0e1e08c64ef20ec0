from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_exchange_rate import APExchangeRate


T = TypeVar("T", bound="APExchangeRateQuote")


@_attrs_define
class APExchangeRateQuote:
    """Exchange rates to pay vendors abroad with."""

    batch_id: int
    """ Pass as PayBills' batchId. """
    exchange_rates: list[APExchangeRate] | Unset = UNSET
    org_id: str | Unset = UNSET
    org_base_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        exchange_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchange_rates, Unset):
            exchange_rates = []
            for exchange_rates_item_data in self.exchange_rates:
                exchange_rates_item = exchange_rates_item_data.to_dict()
                exchange_rates.append(exchange_rates_item)

        org_id = self.org_id

        org_base_currency = self.org_base_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
            }
        )
        if exchange_rates is not UNSET:
            field_dict["exchangeRates"] = exchange_rates
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if org_base_currency is not UNSET:
            field_dict["orgBaseCurrency"] = org_base_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_exchange_rate import APExchangeRate  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batchId")

        _exchange_rates = d.pop("exchangeRates", UNSET)
        exchange_rates: list[APExchangeRate] | Unset = UNSET
        if _exchange_rates is not UNSET:
            exchange_rates = []
            for exchange_rates_item_data in _exchange_rates:
                exchange_rates_item = APExchangeRate.from_dict(exchange_rates_item_data)

                exchange_rates.append(exchange_rates_item)

        org_id = d.pop("orgId", UNSET)

        org_base_currency = d.pop("orgBaseCurrency", UNSET)

        ap_exchange_rate_quote = cls(
            batch_id=batch_id,
            exchange_rates=exchange_rates,
            org_id=org_id,
            org_base_currency=org_base_currency,
        )

        ap_exchange_rate_quote.additional_properties = d
        return ap_exchange_rate_quote

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
