from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.vendor_account_type import VendorAccountType
from ..models.vendor_bill_sync_pref import VendorBillSyncPref
from ..models.vendor_create_entity import VendorCreateEntity
from ..models.vendor_creation_source import VendorCreationSource
from ..models.vendor_e_bill_status import VendorEBillStatus
from ..models.vendor_org_virtual_card_status import VendorOrgVirtualCardStatus
from ..models.vendor_preferred_payment_method import VendorPreferredPaymentMethod
from ..models.vendor_processor_virtual_card_status import VendorProcessorVirtualCardStatus
from ..models.vendor_remit_email_choice import VendorRemitEmailChoice
from ..models.vendor_stp_processor import VendorStpProcessor
from ..models.vendor_tax_id_type import VendorTaxIdType
from ..models.vendor_virtual_card_opt_out_reason import VendorVirtualCardOptOutReason
from ..models.vendor_virtual_card_status import VendorVirtualCardStatus
from ..models.vendor_virtual_card_status_source import VendorVirtualCardStatusSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorCreate")


@_attrs_define
class VendorCreate:
    entity: VendorCreateEntity
    name: str
    """ Unique among the organization's vendors; payments use it when nameOnCheck is empty. """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    short_name: str | Unset = UNSET
    """ A short label for the vendor in BILL and the accounting system. """
    name_on_check: str | Unset = UNSET
    """ Payee name on checks and electronic payments. """
    company_name: str | Unset = UNSET
    """ The vendor's full company name. """
    acc_number: str | Unset = UNSET
    """ Your account number with the vendor; it goes on the check memo or payment record. """
    tax_id: str | Unset = UNSET
    tax_id_type: VendorTaxIdType | Unset = UNSET
    """ 1 EIN, 2 SSN. """
    track1099: bool | Unset = UNSET
    """ The vendor gets an IRS 1099 form. """
    address1: str | Unset = UNSET
    """ Street line 1. With city, state, zip and country it is needed to pay by check or to invite the vendor to the
    network. """
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    address4: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    address_country: str | Unset = UNSET
    email: str | Unset = UNSET
    fax: str | Unset = UNSET
    phone: str | Unset = UNSET
    payment_email: str | Unset = UNSET
    """ Where payment notices go; `email` is used when this is empty. """
    payment_phone: str | Unset = UNSET
    """ Phone number for payment notices. """
    description: str | Unset = UNSET
    contact_first_name: str | Unset = UNSET
    contact_last_name: str | Unset = UNSET
    account_type: VendorAccountType | Unset = UNSET
    """ 0 none, 1 business, 2 person. """
    payment_term_id: str | Unset = UNSET
    """ The vendor's payment term (id prefix `00p`). """
    send_notifications: bool | Unset = UNSET
    """ BILL sends the vendor its notifications. """
    external_bill_pay_in_12_m: float | Unset = UNSET
    """ Paid to the vendor outside BILL over the last 12 months, per the accounting system. """
    since: float | Unset = UNSET
    """ Year the vendor relationship began (YYYY). """
    pay_days_before: float | Unset = UNSET
    """ Lead time of payments to this vendor, in days. """
    enabled_combine_payments: bool | Unset = UNSET
    """ Bills with the same process date go out as one payment. """
    bill_currency: str | Unset = UNSET
    """ Currency of the vendor's bills (three letters). """
    bill_sync_pref: VendorBillSyncPref | Unset = UNSET
    """ Sync the vendor's bills with the accounting system: 0 yes, 1 no. """
    pref_pmt_method: VendorPreferredPaymentMethod | Unset = UNSET
    """ 0 card, 1 other, 7 virtual card (Vendor Direct). """
    payment_purpose: str | Unset = UNSET
    bank_country: str | Unset = UNSET
    """ Country of the vendor's bank (international payments). """
    send_invite_for_private_vendor: bool | Unset = UNSET
    """ Invite the vendor to BILL with a private profile. """
    vendor_v_card_remit_email: str | Unset = UNSET
    """ Remittance email for virtual card payments. """
    vendor_v_card_status: VendorVirtualCardStatus | Unset = UNSET
    """ Virtual card enrolment: -1 unknown, 0 open, 1 pending, 2 more information needed, 3 pay for you (by phone or
    the vendor's portal), 4 phone number needed, 5 enrolled, 6 declined. """
    org_v_card_status: VendorOrgVirtualCardStatus | Unset = UNSET
    """ The organization's virtual card choice for the vendor: 0 opted out, 1 opted in, 2 never call. """
    pref_remit_email: VendorRemitEmailChoice | Unset = UNSET
    """ Which remittance email to use: 0 not set, 1 remitEmail, 2 vendorVCardRemitEmail. """
    remit_email: str | Unset = UNSET
    processor_v_card_status: VendorProcessorVirtualCardStatus | Unset = UNSET
    """ The card processor's enrolment state: -1 to 6 as in VendorVirtualCardStatus, 7 confirmed by the processor
    and enrolled, 8 recruiting, 9 verbal commitment, 10 payer assist, 11 on hold. """
    v_status_update_source: VendorVirtualCardStatusSource | Unset = UNSET
    """ Who last changed the virtual card status: 0 BILL operations, 1 payer, 2 processor, 3 Comdata webhook, 4
    Comdata infoburst, 5 vendor business profile, 6 BILL system, 7 vendor, 8 customer. """
    org_v_card_opt_out_cust_reason: VendorVirtualCardOptOutReason | Unset = UNSET
    """ Why the payer opted out of virtual card: 0 vendor takes no cards, 1 vendor charges fees, 2 vendor prefers
    another method, 3 vendor has trouble receiving cards, 4 payer chose not to, 5 other. """
    enable_funded_invite: bool | Unset = UNSET
    """ Funded invites are on, to move a check vendor to electronic payments. """
    last_payment_date: str | Unset = UNSET
    number_of_invites_sent: float | Unset = UNSET
    """ Network invitations sent to the vendor so far. """
    eligible_for_ebills: bool | Unset = UNSET
    acknowledged_ebill_banner: bool | Unset = UNSET
    acknowledged_ebill_error: bool | Unset = UNSET
    e_bill_enablement_failed: bool | Unset = UNSET
    paymentus_merchant_id: str | Unset = UNSET
    unmodified_bills_count: str | Unset = UNSET
    """ Consecutive bills from this vendor entered without changes (a count, as text). """
    setup_auto_pay_prompt: bool | Unset = UNSET
    auto_save: str | Unset = UNSET
    creation_source: VendorCreationSource | Unset = UNSET
    """ Where in the web app the vendor came from: 1 entering a bill or paying, 2 the network while entering a bill
    or paying, 3 Add Vendor, 4 IVA from an uploaded bill, 6 the network page, 7 sync, 8 CSV import, 9 the inbox. """
    paymentus_pmt_type: str | Unset = UNSET
    paymentus_acct_token: str | Unset = UNSET
    paymentus_acct_token_2: str | Unset = UNSET
    paymentus_acct_token_3: str | Unset = UNSET
    stp_processor: VendorStpProcessor | Unset = UNSET
    """ 0 none, 1 Paymentus. """
    e_bill_enabled_status: VendorEBillStatus | Unset = UNSET
    """ eBills: 0 disabled, 1 enabled, 2 pending, 3 delayed, 4 switched off. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        name = self.name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        short_name = self.short_name

        name_on_check = self.name_on_check

        company_name = self.company_name

        acc_number = self.acc_number

        tax_id = self.tax_id

        tax_id_type: str | Unset = UNSET
        if not isinstance(self.tax_id_type, Unset):
            tax_id_type = self.tax_id_type.value

        track1099 = self.track1099

        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        address4 = self.address4

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        address_country = self.address_country

        email = self.email

        fax = self.fax

        phone = self.phone

        payment_email = self.payment_email

        payment_phone = self.payment_phone

        description = self.description

        contact_first_name = self.contact_first_name

        contact_last_name = self.contact_last_name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        payment_term_id = self.payment_term_id

        send_notifications = self.send_notifications

        external_bill_pay_in_12_m = self.external_bill_pay_in_12_m

        since = self.since

        pay_days_before = self.pay_days_before

        enabled_combine_payments = self.enabled_combine_payments

        bill_currency = self.bill_currency

        bill_sync_pref: str | Unset = UNSET
        if not isinstance(self.bill_sync_pref, Unset):
            bill_sync_pref = self.bill_sync_pref.value

        pref_pmt_method: str | Unset = UNSET
        if not isinstance(self.pref_pmt_method, Unset):
            pref_pmt_method = self.pref_pmt_method.value

        payment_purpose = self.payment_purpose

        bank_country = self.bank_country

        send_invite_for_private_vendor = self.send_invite_for_private_vendor

        vendor_v_card_remit_email = self.vendor_v_card_remit_email

        vendor_v_card_status: str | Unset = UNSET
        if not isinstance(self.vendor_v_card_status, Unset):
            vendor_v_card_status = self.vendor_v_card_status.value

        org_v_card_status: str | Unset = UNSET
        if not isinstance(self.org_v_card_status, Unset):
            org_v_card_status = self.org_v_card_status.value

        pref_remit_email: str | Unset = UNSET
        if not isinstance(self.pref_remit_email, Unset):
            pref_remit_email = self.pref_remit_email.value

        remit_email = self.remit_email

        processor_v_card_status: str | Unset = UNSET
        if not isinstance(self.processor_v_card_status, Unset):
            processor_v_card_status = self.processor_v_card_status.value

        v_status_update_source: str | Unset = UNSET
        if not isinstance(self.v_status_update_source, Unset):
            v_status_update_source = self.v_status_update_source.value

        org_v_card_opt_out_cust_reason: str | Unset = UNSET
        if not isinstance(self.org_v_card_opt_out_cust_reason, Unset):
            org_v_card_opt_out_cust_reason = self.org_v_card_opt_out_cust_reason.value

        enable_funded_invite = self.enable_funded_invite

        last_payment_date = self.last_payment_date

        number_of_invites_sent = self.number_of_invites_sent

        eligible_for_ebills = self.eligible_for_ebills

        acknowledged_ebill_banner = self.acknowledged_ebill_banner

        acknowledged_ebill_error = self.acknowledged_ebill_error

        e_bill_enablement_failed = self.e_bill_enablement_failed

        paymentus_merchant_id = self.paymentus_merchant_id

        unmodified_bills_count = self.unmodified_bills_count

        setup_auto_pay_prompt = self.setup_auto_pay_prompt

        auto_save = self.auto_save

        creation_source: str | Unset = UNSET
        if not isinstance(self.creation_source, Unset):
            creation_source = self.creation_source.value

        paymentus_pmt_type = self.paymentus_pmt_type

        paymentus_acct_token = self.paymentus_acct_token

        paymentus_acct_token_2 = self.paymentus_acct_token_2

        paymentus_acct_token_3 = self.paymentus_acct_token_3

        stp_processor: str | Unset = UNSET
        if not isinstance(self.stp_processor, Unset):
            stp_processor = self.stp_processor.value

        e_bill_enabled_status: str | Unset = UNSET
        if not isinstance(self.e_bill_enabled_status, Unset):
            e_bill_enabled_status = self.e_bill_enabled_status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if name_on_check is not UNSET:
            field_dict["nameOnCheck"] = name_on_check
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_id_type is not UNSET:
            field_dict["taxIdType"] = tax_id_type
        if track1099 is not UNSET:
            field_dict["track1099"] = track1099
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
        if email is not UNSET:
            field_dict["email"] = email
        if fax is not UNSET:
            field_dict["fax"] = fax
        if phone is not UNSET:
            field_dict["phone"] = phone
        if payment_email is not UNSET:
            field_dict["paymentEmail"] = payment_email
        if payment_phone is not UNSET:
            field_dict["paymentPhone"] = payment_phone
        if description is not UNSET:
            field_dict["description"] = description
        if contact_first_name is not UNSET:
            field_dict["contactFirstName"] = contact_first_name
        if contact_last_name is not UNSET:
            field_dict["contactLastName"] = contact_last_name
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if send_notifications is not UNSET:
            field_dict["sendNotifications"] = send_notifications
        if external_bill_pay_in_12_m is not UNSET:
            field_dict["externalBillPayIn12m"] = external_bill_pay_in_12_m
        if since is not UNSET:
            field_dict["since"] = since
        if pay_days_before is not UNSET:
            field_dict["payDaysBefore"] = pay_days_before
        if enabled_combine_payments is not UNSET:
            field_dict["enabledCombinePayments"] = enabled_combine_payments
        if bill_currency is not UNSET:
            field_dict["billCurrency"] = bill_currency
        if bill_sync_pref is not UNSET:
            field_dict["billSyncPref"] = bill_sync_pref
        if pref_pmt_method is not UNSET:
            field_dict["prefPmtMethod"] = pref_pmt_method
        if payment_purpose is not UNSET:
            field_dict["paymentPurpose"] = payment_purpose
        if bank_country is not UNSET:
            field_dict["bankCountry"] = bank_country
        if send_invite_for_private_vendor is not UNSET:
            field_dict["sendInviteForPrivateVendor"] = send_invite_for_private_vendor
        if vendor_v_card_remit_email is not UNSET:
            field_dict["vendorVCardRemitEmail"] = vendor_v_card_remit_email
        if vendor_v_card_status is not UNSET:
            field_dict["vendorVCardStatus"] = vendor_v_card_status
        if org_v_card_status is not UNSET:
            field_dict["orgVCardStatus"] = org_v_card_status
        if pref_remit_email is not UNSET:
            field_dict["prefRemitEmail"] = pref_remit_email
        if remit_email is not UNSET:
            field_dict["remitEmail"] = remit_email
        if processor_v_card_status is not UNSET:
            field_dict["processorVCardStatus"] = processor_v_card_status
        if v_status_update_source is not UNSET:
            field_dict["vStatusUpdateSource"] = v_status_update_source
        if org_v_card_opt_out_cust_reason is not UNSET:
            field_dict["orgVCardOptOutCustReason"] = org_v_card_opt_out_cust_reason
        if enable_funded_invite is not UNSET:
            field_dict["enableFundedInvite"] = enable_funded_invite
        if last_payment_date is not UNSET:
            field_dict["lastPaymentDate"] = last_payment_date
        if number_of_invites_sent is not UNSET:
            field_dict["numberOfInvitesSent"] = number_of_invites_sent
        if eligible_for_ebills is not UNSET:
            field_dict["eligibleForEbills"] = eligible_for_ebills
        if acknowledged_ebill_banner is not UNSET:
            field_dict["acknowledgedEbillBanner"] = acknowledged_ebill_banner
        if acknowledged_ebill_error is not UNSET:
            field_dict["acknowledgedEbillError"] = acknowledged_ebill_error
        if e_bill_enablement_failed is not UNSET:
            field_dict["eBillEnablementFailed"] = e_bill_enablement_failed
        if paymentus_merchant_id is not UNSET:
            field_dict["PaymentusMerchantId"] = paymentus_merchant_id
        if unmodified_bills_count is not UNSET:
            field_dict["unmodifiedBillsCount"] = unmodified_bills_count
        if setup_auto_pay_prompt is not UNSET:
            field_dict["setupAutoPayPrompt"] = setup_auto_pay_prompt
        if auto_save is not UNSET:
            field_dict["autoSave"] = auto_save
        if creation_source is not UNSET:
            field_dict["creationSource"] = creation_source
        if paymentus_pmt_type is not UNSET:
            field_dict["PaymentusPmtType"] = paymentus_pmt_type
        if paymentus_acct_token is not UNSET:
            field_dict["PaymentusAcctToken"] = paymentus_acct_token
        if paymentus_acct_token_2 is not UNSET:
            field_dict["PaymentusAcctToken2"] = paymentus_acct_token_2
        if paymentus_acct_token_3 is not UNSET:
            field_dict["PaymentusAcctToken3"] = paymentus_acct_token_3
        if stp_processor is not UNSET:
            field_dict["stpProcessor"] = stp_processor
        if e_bill_enabled_status is not UNSET:
            field_dict["eBillEnabledStatus"] = e_bill_enabled_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = VendorCreateEntity(d.pop("entity"))

        name = d.pop("name")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        short_name = d.pop("shortName", UNSET)

        name_on_check = d.pop("nameOnCheck", UNSET)

        company_name = d.pop("companyName", UNSET)

        acc_number = d.pop("accNumber", UNSET)

        tax_id = d.pop("taxId", UNSET)

        _tax_id_type = d.pop("taxIdType", UNSET)
        tax_id_type: VendorTaxIdType | Unset
        if isinstance(_tax_id_type, Unset):
            tax_id_type = UNSET
        else:
            tax_id_type = VendorTaxIdType(_tax_id_type)

        track1099 = d.pop("track1099", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        address4 = d.pop("address4", UNSET)

        address_city = d.pop("addressCity", UNSET)

        address_state = d.pop("addressState", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        address_country = d.pop("addressCountry", UNSET)

        email = d.pop("email", UNSET)

        fax = d.pop("fax", UNSET)

        phone = d.pop("phone", UNSET)

        payment_email = d.pop("paymentEmail", UNSET)

        payment_phone = d.pop("paymentPhone", UNSET)

        description = d.pop("description", UNSET)

        contact_first_name = d.pop("contactFirstName", UNSET)

        contact_last_name = d.pop("contactLastName", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: VendorAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = VendorAccountType(_account_type)

        payment_term_id = d.pop("paymentTermId", UNSET)

        send_notifications = d.pop("sendNotifications", UNSET)

        external_bill_pay_in_12_m = d.pop("externalBillPayIn12m", UNSET)

        since = d.pop("since", UNSET)

        pay_days_before = d.pop("payDaysBefore", UNSET)

        enabled_combine_payments = d.pop("enabledCombinePayments", UNSET)

        bill_currency = d.pop("billCurrency", UNSET)

        _bill_sync_pref = d.pop("billSyncPref", UNSET)
        bill_sync_pref: VendorBillSyncPref | Unset
        if isinstance(_bill_sync_pref, Unset):
            bill_sync_pref = UNSET
        else:
            bill_sync_pref = VendorBillSyncPref(_bill_sync_pref)

        _pref_pmt_method = d.pop("prefPmtMethod", UNSET)
        pref_pmt_method: VendorPreferredPaymentMethod | Unset
        if isinstance(_pref_pmt_method, Unset):
            pref_pmt_method = UNSET
        else:
            pref_pmt_method = VendorPreferredPaymentMethod(_pref_pmt_method)

        payment_purpose = d.pop("paymentPurpose", UNSET)

        bank_country = d.pop("bankCountry", UNSET)

        send_invite_for_private_vendor = d.pop("sendInviteForPrivateVendor", UNSET)

        vendor_v_card_remit_email = d.pop("vendorVCardRemitEmail", UNSET)

        _vendor_v_card_status = d.pop("vendorVCardStatus", UNSET)
        vendor_v_card_status: VendorVirtualCardStatus | Unset
        if isinstance(_vendor_v_card_status, Unset):
            vendor_v_card_status = UNSET
        else:
            vendor_v_card_status = VendorVirtualCardStatus(_vendor_v_card_status)

        _org_v_card_status = d.pop("orgVCardStatus", UNSET)
        org_v_card_status: VendorOrgVirtualCardStatus | Unset
        if isinstance(_org_v_card_status, Unset):
            org_v_card_status = UNSET
        else:
            org_v_card_status = VendorOrgVirtualCardStatus(_org_v_card_status)

        _pref_remit_email = d.pop("prefRemitEmail", UNSET)
        pref_remit_email: VendorRemitEmailChoice | Unset
        if isinstance(_pref_remit_email, Unset):
            pref_remit_email = UNSET
        else:
            pref_remit_email = VendorRemitEmailChoice(_pref_remit_email)

        remit_email = d.pop("remitEmail", UNSET)

        _processor_v_card_status = d.pop("processorVCardStatus", UNSET)
        processor_v_card_status: VendorProcessorVirtualCardStatus | Unset
        if isinstance(_processor_v_card_status, Unset):
            processor_v_card_status = UNSET
        else:
            processor_v_card_status = VendorProcessorVirtualCardStatus(_processor_v_card_status)

        _v_status_update_source = d.pop("vStatusUpdateSource", UNSET)
        v_status_update_source: VendorVirtualCardStatusSource | Unset
        if isinstance(_v_status_update_source, Unset):
            v_status_update_source = UNSET
        else:
            v_status_update_source = VendorVirtualCardStatusSource(_v_status_update_source)

        _org_v_card_opt_out_cust_reason = d.pop("orgVCardOptOutCustReason", UNSET)
        org_v_card_opt_out_cust_reason: VendorVirtualCardOptOutReason | Unset
        if isinstance(_org_v_card_opt_out_cust_reason, Unset):
            org_v_card_opt_out_cust_reason = UNSET
        else:
            org_v_card_opt_out_cust_reason = VendorVirtualCardOptOutReason(_org_v_card_opt_out_cust_reason)

        enable_funded_invite = d.pop("enableFundedInvite", UNSET)

        last_payment_date = d.pop("lastPaymentDate", UNSET)

        number_of_invites_sent = d.pop("numberOfInvitesSent", UNSET)

        eligible_for_ebills = d.pop("eligibleForEbills", UNSET)

        acknowledged_ebill_banner = d.pop("acknowledgedEbillBanner", UNSET)

        acknowledged_ebill_error = d.pop("acknowledgedEbillError", UNSET)

        e_bill_enablement_failed = d.pop("eBillEnablementFailed", UNSET)

        paymentus_merchant_id = d.pop("PaymentusMerchantId", UNSET)

        unmodified_bills_count = d.pop("unmodifiedBillsCount", UNSET)

        setup_auto_pay_prompt = d.pop("setupAutoPayPrompt", UNSET)

        auto_save = d.pop("autoSave", UNSET)

        _creation_source = d.pop("creationSource", UNSET)
        creation_source: VendorCreationSource | Unset
        if isinstance(_creation_source, Unset):
            creation_source = UNSET
        else:
            creation_source = VendorCreationSource(_creation_source)

        paymentus_pmt_type = d.pop("PaymentusPmtType", UNSET)

        paymentus_acct_token = d.pop("PaymentusAcctToken", UNSET)

        paymentus_acct_token_2 = d.pop("PaymentusAcctToken2", UNSET)

        paymentus_acct_token_3 = d.pop("PaymentusAcctToken3", UNSET)

        _stp_processor = d.pop("stpProcessor", UNSET)
        stp_processor: VendorStpProcessor | Unset
        if isinstance(_stp_processor, Unset):
            stp_processor = UNSET
        else:
            stp_processor = VendorStpProcessor(_stp_processor)

        _e_bill_enabled_status = d.pop("eBillEnabledStatus", UNSET)
        e_bill_enabled_status: VendorEBillStatus | Unset
        if isinstance(_e_bill_enabled_status, Unset):
            e_bill_enabled_status = UNSET
        else:
            e_bill_enabled_status = VendorEBillStatus(_e_bill_enabled_status)

        vendor_create = cls(
            entity=entity,
            name=name,
            is_active=is_active,
            short_name=short_name,
            name_on_check=name_on_check,
            company_name=company_name,
            acc_number=acc_number,
            tax_id=tax_id,
            tax_id_type=tax_id_type,
            track1099=track1099,
            address1=address1,
            address2=address2,
            address3=address3,
            address4=address4,
            address_city=address_city,
            address_state=address_state,
            address_zip=address_zip,
            address_country=address_country,
            email=email,
            fax=fax,
            phone=phone,
            payment_email=payment_email,
            payment_phone=payment_phone,
            description=description,
            contact_first_name=contact_first_name,
            contact_last_name=contact_last_name,
            account_type=account_type,
            payment_term_id=payment_term_id,
            send_notifications=send_notifications,
            external_bill_pay_in_12_m=external_bill_pay_in_12_m,
            since=since,
            pay_days_before=pay_days_before,
            enabled_combine_payments=enabled_combine_payments,
            bill_currency=bill_currency,
            bill_sync_pref=bill_sync_pref,
            pref_pmt_method=pref_pmt_method,
            payment_purpose=payment_purpose,
            bank_country=bank_country,
            send_invite_for_private_vendor=send_invite_for_private_vendor,
            vendor_v_card_remit_email=vendor_v_card_remit_email,
            vendor_v_card_status=vendor_v_card_status,
            org_v_card_status=org_v_card_status,
            pref_remit_email=pref_remit_email,
            remit_email=remit_email,
            processor_v_card_status=processor_v_card_status,
            v_status_update_source=v_status_update_source,
            org_v_card_opt_out_cust_reason=org_v_card_opt_out_cust_reason,
            enable_funded_invite=enable_funded_invite,
            last_payment_date=last_payment_date,
            number_of_invites_sent=number_of_invites_sent,
            eligible_for_ebills=eligible_for_ebills,
            acknowledged_ebill_banner=acknowledged_ebill_banner,
            acknowledged_ebill_error=acknowledged_ebill_error,
            e_bill_enablement_failed=e_bill_enablement_failed,
            paymentus_merchant_id=paymentus_merchant_id,
            unmodified_bills_count=unmodified_bills_count,
            setup_auto_pay_prompt=setup_auto_pay_prompt,
            auto_save=auto_save,
            creation_source=creation_source,
            paymentus_pmt_type=paymentus_pmt_type,
            paymentus_acct_token=paymentus_acct_token,
            paymentus_acct_token_2=paymentus_acct_token_2,
            paymentus_acct_token_3=paymentus_acct_token_3,
            stp_processor=stp_processor,
            e_bill_enabled_status=e_bill_enabled_status,
        )

        return vendor_create
