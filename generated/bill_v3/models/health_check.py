from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthCheck")


@_attrs_define
class HealthCheck:
    app_id: str | Unset = UNSET
    """ The application that answered. """
    app_env: str | Unset = UNSET
    """ Its environment """
    app_version: str | Unset = UNSET
    bdc_region: str | Unset = UNSET
    """ The BILL region it runs in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_env = self.app_env

        app_version = self.app_version

        bdc_region = self.bdc_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if app_env is not UNSET:
            field_dict["appEnv"] = app_env
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if bdc_region is not UNSET:
            field_dict["bdcRegion"] = bdc_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId", UNSET)

        app_env = d.pop("appEnv", UNSET)

        app_version = d.pop("appVersion", UNSET)

        bdc_region = d.pop("bdcRegion", UNSET)

        health_check = cls(
            app_id=app_id,
            app_env=app_env,
            app_version=app_version,
            bdc_region=bdc_region,
        )

        health_check.additional_properties = d
        return health_check

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
