from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disbursement_data_disbursement_status import DisbursementDataDisbursementStatus
from ..models.disbursement_data_payment_type import DisbursementDataPaymentType
from ..models.disbursement_data_vcard_reissue_reason import DisbursementDataVcardReissueReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ach_disbursement import AchDisbursement
    from ..models.check_disbursement import CheckDisbursement
    from ..models.intl_e_payment_disbursement import IntlEPaymentDisbursement
    from ..models.pay_pal_disbursement import PayPalDisbursement
    from ..models.rpps_disbursement import RppsDisbursement
    from ..models.virtual_card_disbursement import VirtualCardDisbursement
    from ..models.wallet_disbursement import WalletDisbursement


T = TypeVar("T", bound="DisbursementData")


@_attrs_define
class DisbursementData:
    """How the money of a payment reached the vendor; one of the *Data members is set, by paymentType. The sandbox answers
    with an empty object.

    """

    payment_type: DisbursementDataPaymentType | Unset = UNSET
    """ 0 check, 1 ACH to a verified national vendor, 2 ACH, 3 PayPal, 5 international ePayment, 7 virtual card, 9
    instant transfer. """
    disbursement_status: DisbursementDataDisbursementStatus | Unset = UNSET
    """ 0 scheduled, 3 done, 4 failed, 5 void, 6 on hold, 7 held for currency exchange. """
    vcard_reissue_reason: DisbursementDataVcardReissueReason | Unset = UNSET
    """ Why a virtual card was reissued: 0 none, 1/2 organization/vendor opted out, 3 expired, 4 BILL, 5 payer
    reissued the card, 6 payer reissued another way. """
    vendor_name: str | Unset = UNSET
    org_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    address4: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    address_country: str | Unset = UNSET
    combined_status: int | Unset = UNSET
    """ A finer status code that depends on paymentType. """
    is_voidable: bool | Unset = UNSET
    is_voidable_from_ui: bool | Unset = UNSET
    can_reissue: bool | Unset = UNSET
    is_vendor_direct_v_card: bool | Unset = UNSET
    check_data: CheckDisbursement | Unset = UNSET
    """ A paper check. """
    rpps_data: RppsDisbursement | Unset = UNSET
    """ ACH to a verified national vendor. """
    ach_data: AchDisbursement | Unset = UNSET
    """ ACH to the vendor's bank account. """
    pay_pal_data: PayPalDisbursement | Unset = UNSET
    """ A PayPal payment. """
    intl_e_pmt_data: IntlEPaymentDisbursement | Unset = UNSET
    """ An international ePayment. """
    vcard_data: VirtualCardDisbursement | Unset = UNSET
    """ A single-use virtual card (Vendor Direct). """
    wallet_data: WalletDisbursement | Unset = UNSET
    """ An instant transfer (wallet). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        disbursement_status: str | Unset = UNSET
        if not isinstance(self.disbursement_status, Unset):
            disbursement_status = self.disbursement_status.value

        vcard_reissue_reason: str | Unset = UNSET
        if not isinstance(self.vcard_reissue_reason, Unset):
            vcard_reissue_reason = self.vcard_reissue_reason.value

        vendor_name = self.vendor_name

        org_name = self.org_name

        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        address4 = self.address4

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        address_country = self.address_country

        combined_status = self.combined_status

        is_voidable = self.is_voidable

        is_voidable_from_ui = self.is_voidable_from_ui

        can_reissue = self.can_reissue

        is_vendor_direct_v_card = self.is_vendor_direct_v_card

        check_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.check_data, Unset):
            check_data = self.check_data.to_dict()

        rpps_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rpps_data, Unset):
            rpps_data = self.rpps_data.to_dict()

        ach_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ach_data, Unset):
            ach_data = self.ach_data.to_dict()

        pay_pal_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_pal_data, Unset):
            pay_pal_data = self.pay_pal_data.to_dict()

        intl_e_pmt_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intl_e_pmt_data, Unset):
            intl_e_pmt_data = self.intl_e_pmt_data.to_dict()

        vcard_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vcard_data, Unset):
            vcard_data = self.vcard_data.to_dict()

        wallet_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet_data, Unset):
            wallet_data = self.wallet_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if disbursement_status is not UNSET:
            field_dict["disbursementStatus"] = disbursement_status
        if vcard_reissue_reason is not UNSET:
            field_dict["vcardReissueReason"] = vcard_reissue_reason
        if vendor_name is not UNSET:
            field_dict["vendorName"] = vendor_name
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if address4 is not UNSET:
            field_dict["address4"] = address4
        if address_city is not UNSET:
            field_dict["addressCity"] = address_city
        if address_state is not UNSET:
            field_dict["addressState"] = address_state
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country
        if combined_status is not UNSET:
            field_dict["combinedStatus"] = combined_status
        if is_voidable is not UNSET:
            field_dict["isVoidable"] = is_voidable
        if is_voidable_from_ui is not UNSET:
            field_dict["isVoidableFromUI"] = is_voidable_from_ui
        if can_reissue is not UNSET:
            field_dict["canReissue"] = can_reissue
        if is_vendor_direct_v_card is not UNSET:
            field_dict["isVendorDirectVCard"] = is_vendor_direct_v_card
        if check_data is not UNSET:
            field_dict["checkData"] = check_data
        if rpps_data is not UNSET:
            field_dict["rppsData"] = rpps_data
        if ach_data is not UNSET:
            field_dict["achData"] = ach_data
        if pay_pal_data is not UNSET:
            field_dict["payPalData"] = pay_pal_data
        if intl_e_pmt_data is not UNSET:
            field_dict["intlEPmtData"] = intl_e_pmt_data
        if vcard_data is not UNSET:
            field_dict["vcardData"] = vcard_data
        if wallet_data is not UNSET:
            field_dict["walletData"] = wallet_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ach_disbursement import AchDisbursement  # noqa: PLC0415
        from ..models.check_disbursement import CheckDisbursement  # noqa: PLC0415
        from ..models.intl_e_payment_disbursement import IntlEPaymentDisbursement  # noqa: PLC0415
        from ..models.pay_pal_disbursement import PayPalDisbursement  # noqa: PLC0415
        from ..models.rpps_disbursement import RppsDisbursement  # noqa: PLC0415
        from ..models.virtual_card_disbursement import VirtualCardDisbursement  # noqa: PLC0415
        from ..models.wallet_disbursement import WalletDisbursement  # noqa: PLC0415

        d = dict(src_dict)
        _payment_type = d.pop("paymentType", UNSET)
        payment_type: DisbursementDataPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = DisbursementDataPaymentType(_payment_type)

        _disbursement_status = d.pop("disbursementStatus", UNSET)
        disbursement_status: DisbursementDataDisbursementStatus | Unset
        if isinstance(_disbursement_status, Unset):
            disbursement_status = UNSET
        else:
            disbursement_status = DisbursementDataDisbursementStatus(_disbursement_status)

        _vcard_reissue_reason = d.pop("vcardReissueReason", UNSET)
        vcard_reissue_reason: DisbursementDataVcardReissueReason | Unset
        if isinstance(_vcard_reissue_reason, Unset):
            vcard_reissue_reason = UNSET
        else:
            vcard_reissue_reason = DisbursementDataVcardReissueReason(_vcard_reissue_reason)

        vendor_name = d.pop("vendorName", UNSET)

        org_name = d.pop("orgName", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        address4 = d.pop("address4", UNSET)

        address_city = d.pop("addressCity", UNSET)

        address_state = d.pop("addressState", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        address_country = d.pop("addressCountry", UNSET)

        combined_status = d.pop("combinedStatus", UNSET)

        is_voidable = d.pop("isVoidable", UNSET)

        is_voidable_from_ui = d.pop("isVoidableFromUI", UNSET)

        can_reissue = d.pop("canReissue", UNSET)

        is_vendor_direct_v_card = d.pop("isVendorDirectVCard", UNSET)

        _check_data = d.pop("checkData", UNSET)
        check_data: CheckDisbursement | Unset
        if isinstance(_check_data, Unset):
            check_data = UNSET
        else:
            check_data = CheckDisbursement.from_dict(_check_data)

        _rpps_data = d.pop("rppsData", UNSET)
        rpps_data: RppsDisbursement | Unset
        if isinstance(_rpps_data, Unset):
            rpps_data = UNSET
        else:
            rpps_data = RppsDisbursement.from_dict(_rpps_data)

        _ach_data = d.pop("achData", UNSET)
        ach_data: AchDisbursement | Unset
        if isinstance(_ach_data, Unset):
            ach_data = UNSET
        else:
            ach_data = AchDisbursement.from_dict(_ach_data)

        _pay_pal_data = d.pop("payPalData", UNSET)
        pay_pal_data: PayPalDisbursement | Unset
        if isinstance(_pay_pal_data, Unset):
            pay_pal_data = UNSET
        else:
            pay_pal_data = PayPalDisbursement.from_dict(_pay_pal_data)

        _intl_e_pmt_data = d.pop("intlEPmtData", UNSET)
        intl_e_pmt_data: IntlEPaymentDisbursement | Unset
        if isinstance(_intl_e_pmt_data, Unset):
            intl_e_pmt_data = UNSET
        else:
            intl_e_pmt_data = IntlEPaymentDisbursement.from_dict(_intl_e_pmt_data)

        _vcard_data = d.pop("vcardData", UNSET)
        vcard_data: VirtualCardDisbursement | Unset
        if isinstance(_vcard_data, Unset):
            vcard_data = UNSET
        else:
            vcard_data = VirtualCardDisbursement.from_dict(_vcard_data)

        _wallet_data = d.pop("walletData", UNSET)
        wallet_data: WalletDisbursement | Unset
        if isinstance(_wallet_data, Unset):
            wallet_data = UNSET
        else:
            wallet_data = WalletDisbursement.from_dict(_wallet_data)

        disbursement_data = cls(
            payment_type=payment_type,
            disbursement_status=disbursement_status,
            vcard_reissue_reason=vcard_reissue_reason,
            vendor_name=vendor_name,
            org_name=org_name,
            address1=address1,
            address2=address2,
            address3=address3,
            address4=address4,
            address_city=address_city,
            address_state=address_state,
            address_zip=address_zip,
            address_country=address_country,
            combined_status=combined_status,
            is_voidable=is_voidable,
            is_voidable_from_ui=is_voidable_from_ui,
            can_reissue=can_reissue,
            is_vendor_direct_v_card=is_vendor_direct_v_card,
            check_data=check_data,
            rpps_data=rpps_data,
            ach_data=ach_data,
            pay_pal_data=pay_pal_data,
            intl_e_pmt_data=intl_e_pmt_data,
            vcard_data=vcard_data,
            wallet_data=wallet_data,
        )

        disbursement_data.additional_properties = d
        return disbursement_data

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
