from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfilePermissions")


@_attrs_define
class ProfilePermissions:
    """What a role allows, one flag each: `view...` to see, `edit...` to change, `can...` for actions such as approving or
    paying.

    """

    can_approve: bool | Unset = UNSET
    can_dual_control: bool | Unset = UNSET
    can_manage_network: bool | Unset = UNSET
    can_override_remittance: bool | Unset = UNSET
    can_pay_unapproved_bill: bool | Unset = UNSET
    can_pay_unassigned_bill: bool | Unset = UNSET
    can_sync: bool | Unset = UNSET
    edit_assigned_bill: bool | Unset = UNSET
    edit_bill: bool | Unset = UNSET
    edit_billing: bool | Unset = UNSET
    edit_card_transaction: bool | Unset = UNSET
    edit_cashview: bool | Unset = UNSET
    edit_chart_of_account: bool | Unset = UNSET
    edit_class: bool | Unset = UNSET
    edit_customer: bool | Unset = UNSET
    edit_department: bool | Unset = UNSET
    edit_document: bool | Unset = UNSET
    edit_employee: bool | Unset = UNSET
    edit_invoice: bool | Unset = UNSET
    edit_invoice_template: bool | Unset = UNSET
    edit_item: bool | Unset = UNSET
    edit_job: bool | Unset = UNSET
    edit_location: bool | Unset = UNSET
    edit_org: bool | Unset = UNSET
    edit_payment: bool | Unset = UNSET
    edit_payment_term: bool | Unset = UNSET
    edit_purchase_order: bool | Unset = UNSET
    edit_role: bool | Unset = UNSET
    edit_unit_of_measure: bool | Unset = UNSET
    edit_user: bool | Unset = UNSET
    edit_vendor: bool | Unset = UNSET
    notify_denied_bill: bool | Unset = UNSET
    view_bank_account: bool | Unset = UNSET
    view_bill: bool | Unset = UNSET
    view_billing: bool | Unset = UNSET
    view_card_transaction: bool | Unset = UNSET
    view_cashview: bool | Unset = UNSET
    view_chart_of_account: bool | Unset = UNSET
    view_class: bool | Unset = UNSET
    view_customer: bool | Unset = UNSET
    view_department: bool | Unset = UNSET
    view_document: bool | Unset = UNSET
    view_employee: bool | Unset = UNSET
    view_inbox: bool | Unset = UNSET
    view_invoice: bool | Unset = UNSET
    view_invoice_template: bool | Unset = UNSET
    view_item: bool | Unset = UNSET
    view_job: bool | Unset = UNSET
    view_location: bool | Unset = UNSET
    view_org: bool | Unset = UNSET
    view_payment: bool | Unset = UNSET
    view_payment_term: bool | Unset = UNSET
    view_purchase_order: bool | Unset = UNSET
    view_report: bool | Unset = UNSET
    view_role: bool | Unset = UNSET
    view_unit_of_measure: bool | Unset = UNSET
    view_user: bool | Unset = UNSET
    view_vendor: bool | Unset = UNSET
    view_vendor_direct_details: bool | Unset = UNSET
    view_vendor_for_assigned_bill: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_approve = self.can_approve

        can_dual_control = self.can_dual_control

        can_manage_network = self.can_manage_network

        can_override_remittance = self.can_override_remittance

        can_pay_unapproved_bill = self.can_pay_unapproved_bill

        can_pay_unassigned_bill = self.can_pay_unassigned_bill

        can_sync = self.can_sync

        edit_assigned_bill = self.edit_assigned_bill

        edit_bill = self.edit_bill

        edit_billing = self.edit_billing

        edit_card_transaction = self.edit_card_transaction

        edit_cashview = self.edit_cashview

        edit_chart_of_account = self.edit_chart_of_account

        edit_class = self.edit_class

        edit_customer = self.edit_customer

        edit_department = self.edit_department

        edit_document = self.edit_document

        edit_employee = self.edit_employee

        edit_invoice = self.edit_invoice

        edit_invoice_template = self.edit_invoice_template

        edit_item = self.edit_item

        edit_job = self.edit_job

        edit_location = self.edit_location

        edit_org = self.edit_org

        edit_payment = self.edit_payment

        edit_payment_term = self.edit_payment_term

        edit_purchase_order = self.edit_purchase_order

        edit_role = self.edit_role

        edit_unit_of_measure = self.edit_unit_of_measure

        edit_user = self.edit_user

        edit_vendor = self.edit_vendor

        notify_denied_bill = self.notify_denied_bill

        view_bank_account = self.view_bank_account

        view_bill = self.view_bill

        view_billing = self.view_billing

        view_card_transaction = self.view_card_transaction

        view_cashview = self.view_cashview

        view_chart_of_account = self.view_chart_of_account

        view_class = self.view_class

        view_customer = self.view_customer

        view_department = self.view_department

        view_document = self.view_document

        view_employee = self.view_employee

        view_inbox = self.view_inbox

        view_invoice = self.view_invoice

        view_invoice_template = self.view_invoice_template

        view_item = self.view_item

        view_job = self.view_job

        view_location = self.view_location

        view_org = self.view_org

        view_payment = self.view_payment

        view_payment_term = self.view_payment_term

        view_purchase_order = self.view_purchase_order

        view_report = self.view_report

        view_role = self.view_role

        view_unit_of_measure = self.view_unit_of_measure

        view_user = self.view_user

        view_vendor = self.view_vendor

        view_vendor_direct_details = self.view_vendor_direct_details

        view_vendor_for_assigned_bill = self.view_vendor_for_assigned_bill

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_approve is not UNSET:
            field_dict["canApprove"] = can_approve
        if can_dual_control is not UNSET:
            field_dict["canDualControl"] = can_dual_control
        if can_manage_network is not UNSET:
            field_dict["canManageNetwork"] = can_manage_network
        if can_override_remittance is not UNSET:
            field_dict["canOverrideRemittance"] = can_override_remittance
        if can_pay_unapproved_bill is not UNSET:
            field_dict["canPayUnapprovedBill"] = can_pay_unapproved_bill
        if can_pay_unassigned_bill is not UNSET:
            field_dict["canPayUnassignedBill"] = can_pay_unassigned_bill
        if can_sync is not UNSET:
            field_dict["canSync"] = can_sync
        if edit_assigned_bill is not UNSET:
            field_dict["editAssignedBill"] = edit_assigned_bill
        if edit_bill is not UNSET:
            field_dict["editBill"] = edit_bill
        if edit_billing is not UNSET:
            field_dict["editBilling"] = edit_billing
        if edit_card_transaction is not UNSET:
            field_dict["editCardTransaction"] = edit_card_transaction
        if edit_cashview is not UNSET:
            field_dict["editCashview"] = edit_cashview
        if edit_chart_of_account is not UNSET:
            field_dict["editChartOfAccount"] = edit_chart_of_account
        if edit_class is not UNSET:
            field_dict["editClass"] = edit_class
        if edit_customer is not UNSET:
            field_dict["editCustomer"] = edit_customer
        if edit_department is not UNSET:
            field_dict["editDepartment"] = edit_department
        if edit_document is not UNSET:
            field_dict["editDocument"] = edit_document
        if edit_employee is not UNSET:
            field_dict["editEmployee"] = edit_employee
        if edit_invoice is not UNSET:
            field_dict["editInvoice"] = edit_invoice
        if edit_invoice_template is not UNSET:
            field_dict["editInvoiceTemplate"] = edit_invoice_template
        if edit_item is not UNSET:
            field_dict["editItem"] = edit_item
        if edit_job is not UNSET:
            field_dict["editJob"] = edit_job
        if edit_location is not UNSET:
            field_dict["editLocation"] = edit_location
        if edit_org is not UNSET:
            field_dict["editOrg"] = edit_org
        if edit_payment is not UNSET:
            field_dict["editPayment"] = edit_payment
        if edit_payment_term is not UNSET:
            field_dict["editPaymentTerm"] = edit_payment_term
        if edit_purchase_order is not UNSET:
            field_dict["editPurchaseOrder"] = edit_purchase_order
        if edit_role is not UNSET:
            field_dict["editRole"] = edit_role
        if edit_unit_of_measure is not UNSET:
            field_dict["editUnitOfMeasure"] = edit_unit_of_measure
        if edit_user is not UNSET:
            field_dict["editUser"] = edit_user
        if edit_vendor is not UNSET:
            field_dict["editVendor"] = edit_vendor
        if notify_denied_bill is not UNSET:
            field_dict["notifyDeniedBill"] = notify_denied_bill
        if view_bank_account is not UNSET:
            field_dict["viewBankAccount"] = view_bank_account
        if view_bill is not UNSET:
            field_dict["viewBill"] = view_bill
        if view_billing is not UNSET:
            field_dict["viewBilling"] = view_billing
        if view_card_transaction is not UNSET:
            field_dict["viewCardTransaction"] = view_card_transaction
        if view_cashview is not UNSET:
            field_dict["viewCashview"] = view_cashview
        if view_chart_of_account is not UNSET:
            field_dict["viewChartOfAccount"] = view_chart_of_account
        if view_class is not UNSET:
            field_dict["viewClass"] = view_class
        if view_customer is not UNSET:
            field_dict["viewCustomer"] = view_customer
        if view_department is not UNSET:
            field_dict["viewDepartment"] = view_department
        if view_document is not UNSET:
            field_dict["viewDocument"] = view_document
        if view_employee is not UNSET:
            field_dict["viewEmployee"] = view_employee
        if view_inbox is not UNSET:
            field_dict["viewInbox"] = view_inbox
        if view_invoice is not UNSET:
            field_dict["viewInvoice"] = view_invoice
        if view_invoice_template is not UNSET:
            field_dict["viewInvoiceTemplate"] = view_invoice_template
        if view_item is not UNSET:
            field_dict["viewItem"] = view_item
        if view_job is not UNSET:
            field_dict["viewJob"] = view_job
        if view_location is not UNSET:
            field_dict["viewLocation"] = view_location
        if view_org is not UNSET:
            field_dict["viewOrg"] = view_org
        if view_payment is not UNSET:
            field_dict["viewPayment"] = view_payment
        if view_payment_term is not UNSET:
            field_dict["viewPaymentTerm"] = view_payment_term
        if view_purchase_order is not UNSET:
            field_dict["viewPurchaseOrder"] = view_purchase_order
        if view_report is not UNSET:
            field_dict["viewReport"] = view_report
        if view_role is not UNSET:
            field_dict["viewRole"] = view_role
        if view_unit_of_measure is not UNSET:
            field_dict["viewUnitOfMeasure"] = view_unit_of_measure
        if view_user is not UNSET:
            field_dict["viewUser"] = view_user
        if view_vendor is not UNSET:
            field_dict["viewVendor"] = view_vendor
        if view_vendor_direct_details is not UNSET:
            field_dict["viewVendorDirectDetails"] = view_vendor_direct_details
        if view_vendor_for_assigned_bill is not UNSET:
            field_dict["viewVendorForAssignedBill"] = view_vendor_for_assigned_bill

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_approve = d.pop("canApprove", UNSET)

        can_dual_control = d.pop("canDualControl", UNSET)

        can_manage_network = d.pop("canManageNetwork", UNSET)

        can_override_remittance = d.pop("canOverrideRemittance", UNSET)

        can_pay_unapproved_bill = d.pop("canPayUnapprovedBill", UNSET)

        can_pay_unassigned_bill = d.pop("canPayUnassignedBill", UNSET)

        can_sync = d.pop("canSync", UNSET)

        edit_assigned_bill = d.pop("editAssignedBill", UNSET)

        edit_bill = d.pop("editBill", UNSET)

        edit_billing = d.pop("editBilling", UNSET)

        edit_card_transaction = d.pop("editCardTransaction", UNSET)

        edit_cashview = d.pop("editCashview", UNSET)

        edit_chart_of_account = d.pop("editChartOfAccount", UNSET)

        edit_class = d.pop("editClass", UNSET)

        edit_customer = d.pop("editCustomer", UNSET)

        edit_department = d.pop("editDepartment", UNSET)

        edit_document = d.pop("editDocument", UNSET)

        edit_employee = d.pop("editEmployee", UNSET)

        edit_invoice = d.pop("editInvoice", UNSET)

        edit_invoice_template = d.pop("editInvoiceTemplate", UNSET)

        edit_item = d.pop("editItem", UNSET)

        edit_job = d.pop("editJob", UNSET)

        edit_location = d.pop("editLocation", UNSET)

        edit_org = d.pop("editOrg", UNSET)

        edit_payment = d.pop("editPayment", UNSET)

        edit_payment_term = d.pop("editPaymentTerm", UNSET)

        edit_purchase_order = d.pop("editPurchaseOrder", UNSET)

        edit_role = d.pop("editRole", UNSET)

        edit_unit_of_measure = d.pop("editUnitOfMeasure", UNSET)

        edit_user = d.pop("editUser", UNSET)

        edit_vendor = d.pop("editVendor", UNSET)

        notify_denied_bill = d.pop("notifyDeniedBill", UNSET)

        view_bank_account = d.pop("viewBankAccount", UNSET)

        view_bill = d.pop("viewBill", UNSET)

        view_billing = d.pop("viewBilling", UNSET)

        view_card_transaction = d.pop("viewCardTransaction", UNSET)

        view_cashview = d.pop("viewCashview", UNSET)

        view_chart_of_account = d.pop("viewChartOfAccount", UNSET)

        view_class = d.pop("viewClass", UNSET)

        view_customer = d.pop("viewCustomer", UNSET)

        view_department = d.pop("viewDepartment", UNSET)

        view_document = d.pop("viewDocument", UNSET)

        view_employee = d.pop("viewEmployee", UNSET)

        view_inbox = d.pop("viewInbox", UNSET)

        view_invoice = d.pop("viewInvoice", UNSET)

        view_invoice_template = d.pop("viewInvoiceTemplate", UNSET)

        view_item = d.pop("viewItem", UNSET)

        view_job = d.pop("viewJob", UNSET)

        view_location = d.pop("viewLocation", UNSET)

        view_org = d.pop("viewOrg", UNSET)

        view_payment = d.pop("viewPayment", UNSET)

        view_payment_term = d.pop("viewPaymentTerm", UNSET)

        view_purchase_order = d.pop("viewPurchaseOrder", UNSET)

        view_report = d.pop("viewReport", UNSET)

        view_role = d.pop("viewRole", UNSET)

        view_unit_of_measure = d.pop("viewUnitOfMeasure", UNSET)

        view_user = d.pop("viewUser", UNSET)

        view_vendor = d.pop("viewVendor", UNSET)

        view_vendor_direct_details = d.pop("viewVendorDirectDetails", UNSET)

        view_vendor_for_assigned_bill = d.pop("viewVendorForAssignedBill", UNSET)

        profile_permissions = cls(
            can_approve=can_approve,
            can_dual_control=can_dual_control,
            can_manage_network=can_manage_network,
            can_override_remittance=can_override_remittance,
            can_pay_unapproved_bill=can_pay_unapproved_bill,
            can_pay_unassigned_bill=can_pay_unassigned_bill,
            can_sync=can_sync,
            edit_assigned_bill=edit_assigned_bill,
            edit_bill=edit_bill,
            edit_billing=edit_billing,
            edit_card_transaction=edit_card_transaction,
            edit_cashview=edit_cashview,
            edit_chart_of_account=edit_chart_of_account,
            edit_class=edit_class,
            edit_customer=edit_customer,
            edit_department=edit_department,
            edit_document=edit_document,
            edit_employee=edit_employee,
            edit_invoice=edit_invoice,
            edit_invoice_template=edit_invoice_template,
            edit_item=edit_item,
            edit_job=edit_job,
            edit_location=edit_location,
            edit_org=edit_org,
            edit_payment=edit_payment,
            edit_payment_term=edit_payment_term,
            edit_purchase_order=edit_purchase_order,
            edit_role=edit_role,
            edit_unit_of_measure=edit_unit_of_measure,
            edit_user=edit_user,
            edit_vendor=edit_vendor,
            notify_denied_bill=notify_denied_bill,
            view_bank_account=view_bank_account,
            view_bill=view_bill,
            view_billing=view_billing,
            view_card_transaction=view_card_transaction,
            view_cashview=view_cashview,
            view_chart_of_account=view_chart_of_account,
            view_class=view_class,
            view_customer=view_customer,
            view_department=view_department,
            view_document=view_document,
            view_employee=view_employee,
            view_inbox=view_inbox,
            view_invoice=view_invoice,
            view_invoice_template=view_invoice_template,
            view_item=view_item,
            view_job=view_job,
            view_location=view_location,
            view_org=view_org,
            view_payment=view_payment,
            view_payment_term=view_payment_term,
            view_purchase_order=view_purchase_order,
            view_report=view_report,
            view_role=view_role,
            view_unit_of_measure=view_unit_of_measure,
            view_user=view_user,
            view_vendor=view_vendor,
            view_vendor_direct_details=view_vendor_direct_details,
            view_vendor_for_assigned_bill=view_vendor_for_assigned_bill,
        )

        profile_permissions.additional_properties = d
        return profile_permissions

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
