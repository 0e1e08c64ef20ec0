"""Contains all the data models used in inputs/outputs"""

from .accounting_class import AccountingClass
from .accounting_class_bulk_result import AccountingClassBulkResult
from .accounting_class_bulk_update import AccountingClassBulkUpdate
from .accounting_class_create import AccountingClassCreate
from .accounting_class_list import AccountingClassList
from .accounting_class_update import AccountingClassUpdate
from .address import Address
from .address_input import AddressInput
from .ap_card import ApCard
from .ap_classifications import ApClassifications
from .ar_payment import ArPayment
from .ar_payment_invoice import ArPaymentInvoice
from .ar_payment_invoice_amount import ArPaymentInvoiceAmount
from .ar_payment_record import ArPaymentRecord
from .ar_payment_type import ArPaymentType
from .attachment import Attachment
from .attachment_list import AttachmentList
from .bank_account import BankAccount
from .bank_account_create import BankAccountCreate
from .bank_account_create_owner_type import BankAccountCreateOwnerType
from .bank_account_create_type import BankAccountCreateType
from .bank_account_defaults import BankAccountDefaults
from .bank_account_defaults_update import BankAccountDefaultsUpdate
from .bank_account_list import BankAccountList
from .bank_account_update import BankAccountUpdate
from .bank_account_update_owner_type import BankAccountUpdateOwnerType
from .bank_account_user import BankAccountUser
from .bank_account_user_list import BankAccountUserList
from .bank_account_user_nomination import BankAccountUserNomination
from .bank_account_verification import BankAccountVerification
from .bank_account_verification_result import BankAccountVerificationResult
from .bill import Bill
from .bill_approval_action import BillApprovalAction
from .bill_approval_action_action import BillApprovalActionAction
from .bill_approval_policy import BillApprovalPolicy
from .bill_approval_policy_approvers import BillApprovalPolicyApprovers
from .bill_approval_policy_approvers_groups_item import BillApprovalPolicyApproversGroupsItem
from .bill_approval_policy_approvers_groups_item_users_item import BillApprovalPolicyApproversGroupsItemUsersItem
from .bill_approval_policy_approvers_users_item import BillApprovalPolicyApproversUsersItem
from .bill_approval_policy_create import BillApprovalPolicyCreate
from .bill_approval_rule import BillApprovalRule
from .bill_approval_rule_input import BillApprovalRuleInput
from .bill_approval_rule_input_key import BillApprovalRuleInputKey
from .bill_approval_rule_input_op import BillApprovalRuleInputOp
from .bill_approval_rule_values_item import BillApprovalRuleValuesItem
from .bill_approver import BillApprover
from .bill_create import BillCreate
from .bill_invoice import BillInvoice
from .bill_invoice_input import BillInvoiceInput
from .bill_line_item import BillLineItem
from .bill_line_item_change import BillLineItemChange
from .bill_line_item_create import BillLineItemCreate
from .bill_list import BillList
from .bill_payment import BillPayment
from .bill_payment_record import BillPaymentRecord
from .bill_payment_record_item import BillPaymentRecordItem
from .bill_replace import BillReplace
from .bill_update import BillUpdate
from .bill_vendor_credit_input import BillVendorCreditInput
from .billing_period import BillingPeriod
from .billing_statement import BillingStatement
from .billing_statement_download_link import BillingStatementDownloadLink
from .billing_statement_line import BillingStatementLine
from .billing_statement_list import BillingStatementList
from .bulk_payment_create import BulkPaymentCreate
from .bulk_payment_item import BulkPaymentItem
from .bulk_payment_result import BulkPaymentResult
from .card_account import CardAccount
from .card_account_default import CardAccountDefault
from .card_account_expiration import CardAccountExpiration
from .card_account_list import CardAccountList
from .card_account_user import CardAccountUser
from .card_account_user_list import CardAccountUserList
from .card_funding_purpose import CardFundingPurpose
from .card_funding_purpose_list import CardFundingPurposeList
from .card_rates import CardRates
from .card_rates_funding import CardRatesFunding
from .chart_of_accounts import ChartOfAccounts
from .chart_of_accounts_account import ChartOfAccountsAccount
from .chart_of_accounts_account_input import ChartOfAccountsAccountInput
from .chart_of_accounts_bulk_result import ChartOfAccountsBulkResult
from .chart_of_accounts_bulk_update import ChartOfAccountsBulkUpdate
from .chart_of_accounts_create import ChartOfAccountsCreate
from .chart_of_accounts_list import ChartOfAccountsList
from .chart_of_accounts_update import ChartOfAccountsUpdate
from .classification_item import ClassificationItem
from .classification_item_bulk_result import ClassificationItemBulkResult
from .classification_item_bulk_update import ClassificationItemBulkUpdate
from .classification_item_create import ClassificationItemCreate
from .classification_item_list import ClassificationItemList
from .classification_item_update import ClassificationItemUpdate
from .classifications import Classifications
from .company_owner import CompanyOwner
from .console_organization import ConsoleOrganization
from .credit_memo import CreditMemo
from .credit_memo_bulk_replace_item import CreditMemoBulkReplaceItem
from .credit_memo_bulk_result import CreditMemoBulkResult
from .credit_memo_bulk_update_item import CreditMemoBulkUpdateItem
from .credit_memo_create import CreditMemoCreate
from .credit_memo_line_item import CreditMemoLineItem
from .credit_memo_line_item_change import CreditMemoLineItemChange
from .credit_memo_line_item_create import CreditMemoLineItemCreate
from .credit_memo_list import CreditMemoList
from .credit_memo_replace import CreditMemoReplace
from .credit_memo_update import CreditMemoUpdate
from .credit_memo_usage import CreditMemoUsage
from .customer import Customer
from .customer_account_type import CustomerAccountType
from .customer_balance import CustomerBalance
from .customer_bank_account import CustomerBankAccount
from .customer_bank_account_create import CustomerBankAccountCreate
from .customer_bank_account_list import CustomerBankAccountList
from .customer_bank_account_owner_type import CustomerBankAccountOwnerType
from .customer_bank_account_type import CustomerBankAccountType
from .customer_bank_account_update import CustomerBankAccountUpdate
from .customer_charge import CustomerCharge
from .customer_charge_authorization import CustomerChargeAuthorization
from .customer_charge_invoice import CustomerChargeInvoice
from .customer_contact import CustomerContact
from .customer_contact_input import CustomerContactInput
from .customer_create import CustomerCreate
from .customer_funding_account import CustomerFundingAccount
from .customer_list import CustomerList
from .customer_update import CustomerUpdate
from .department import Department
from .department_bulk_result import DepartmentBulkResult
from .department_bulk_update import DepartmentBulkUpdate
from .department_create import DepartmentCreate
from .department_list import DepartmentList
from .department_update import DepartmentUpdate
from .document import Document
from .document_list import DocumentList
from .document_upload_status import DocumentUploadStatus
from .employee import Employee
from .employee_bulk_result import EmployeeBulkResult
from .employee_bulk_update import EmployeeBulkUpdate
from .employee_create import EmployeeCreate
from .employee_list import EmployeeList
from .employee_update import EmployeeUpdate
from .error_detail import ErrorDetail
from .error_detail_category import ErrorDetailCategory
from .error_detail_severity import ErrorDetailSeverity
from .error_param import ErrorParam
from .error_param_additional import ErrorParamAdditional
from .funding_account_permissions import FundingAccountPermissions
from .funding_account_permissions_organization import FundingAccountPermissionsOrganization
from .funding_account_permissions_organization_card import FundingAccountPermissionsOrganizationCard
from .funding_account_permissions_organization_wallet import FundingAccountPermissionsOrganizationWallet
from .funding_account_permissions_user import FundingAccountPermissionsUser
from .health_check import HealthCheck
from .industry_list import IndustryList
from .international_payments_configuration import InternationalPaymentsConfiguration
from .international_payments_configuration_payment_purpose import InternationalPaymentsConfigurationPaymentPurpose
from .international_payments_configuration_payment_purpose_codes_item import (
    InternationalPaymentsConfigurationPaymentPurposeCodesItem,
)
from .international_payments_configuration_validations import InternationalPaymentsConfigurationValidations
from .international_payments_configuration_validations_fields_item import (
    InternationalPaymentsConfigurationValidationsFieldsItem,
)
from .invoice import Invoice
from .invoice_create import InvoiceCreate
from .invoice_customer import InvoiceCustomer
from .invoice_email import InvoiceEmail
from .invoice_email_recipient import InvoiceEmailRecipient
from .invoice_email_sender import InvoiceEmailSender
from .invoice_line_item import InvoiceLineItem
from .invoice_line_item_change import InvoiceLineItemChange
from .invoice_line_item_create import InvoiceLineItemCreate
from .invoice_line_item_replace import InvoiceLineItemReplace
from .invoice_list import InvoiceList
from .invoice_payment import InvoicePayment
from .invoice_payment_link import InvoicePaymentLink
from .invoice_payment_link_request import InvoicePaymentLinkRequest
from .invoice_processing_options import InvoiceProcessingOptions
from .invoice_replace import InvoiceReplace
from .invoice_update import InvoiceUpdate
from .job import Job
from .job_bulk_result import JobBulkResult
from .job_bulk_update import JobBulkUpdate
from .job_create import JobCreate
from .job_list import JobList
from .job_update import JobUpdate
from .list_card_accounts_card_user_status import ListCardAccountsCardUserStatus
from .location import Location
from .location_bulk_result import LocationBulkResult
from .location_bulk_update import LocationBulkUpdate
from .location_create import LocationCreate
from .location_list import LocationList
from .location_update import LocationUpdate
from .login_as_user_request import LoginAsUserRequest
from .login_as_user_response import LoginAsUserResponse
from .login_organization import LoginOrganization
from .login_organization_list import LoginOrganizationList
from .login_request import LoginRequest
from .login_response import LoginResponse
from .mfa_challenge_request import MfaChallengeRequest
from .mfa_challenge_response import MfaChallengeResponse
from .mfa_challenge_validate_request import MfaChallengeValidateRequest
from .mfa_challenge_validate_response import MfaChallengeValidateResponse
from .mfa_phone import MfaPhone
from .mfa_phone_list import MfaPhoneList
from .mfa_setup_request import MfaSetupRequest
from .mfa_setup_response import MfaSetupResponse
from .mfa_setup_validate_request import MfaSetupValidateRequest
from .mfa_step_up_request import MfaStepUpRequest
from .mfa_step_up_response import MfaStepUpResponse
from .network_address import NetworkAddress
from .network_email_invitation import NetworkEmailInvitation
from .network_invitation import NetworkInvitation
from .network_invitation_accept import NetworkInvitationAccept
from .network_invitation_accept_type import NetworkInvitationAcceptType
from .network_invitation_create import NetworkInvitationCreate
from .network_invitation_create_network_type import NetworkInvitationCreateNetworkType
from .network_manager import NetworkManager
from .network_organization import NetworkOrganization
from .network_search_result import NetworkSearchResult
from .organization import Organization
from .organization_address_update import OrganizationAddressUpdate
from .organization_company_owner import OrganizationCompanyOwner
from .organization_create import OrganizationCreate
from .organization_list import OrganizationList
from .organization_processing_options import OrganizationProcessingOptions
from .organization_update import OrganizationUpdate
from .organization_user_create import OrganizationUserCreate
from .partner_login_request import PartnerLoginRequest
from .partner_login_response import PartnerLoginResponse
from .payment import Payment
from .payment_check_images import PaymentCheckImages
from .payment_check_images_results_item import PaymentCheckImagesResultsItem
from .payment_create import PaymentCreate
from .payment_exchange_rate import PaymentExchangeRate
from .payment_exchange_rate_amount_range import PaymentExchangeRateAmountRange
from .payment_funding_account import PaymentFundingAccount
from .payment_funding_account_input import PaymentFundingAccountInput
from .payment_funding_account_input_type import PaymentFundingAccountInputType
from .payment_list import PaymentList
from .payment_option_bank import PaymentOptionBank
from .payment_option_card import PaymentOptionCard
from .payment_option_card_fee_info import PaymentOptionCardFeeInfo
from .payment_options import PaymentOptions
from .payment_options_funding_options import PaymentOptionsFundingOptions
from .payment_processing_options import PaymentProcessingOptions
from .payment_processing_options_input import PaymentProcessingOptionsInput
from .payment_void import PaymentVoid
from .payment_void_info import PaymentVoidInfo
from .payment_void_type import PaymentVoidType
from .pending_bill_approval import PendingBillApproval
from .pending_bill_approvals import PendingBillApprovals
from .phone_create import PhoneCreate
from .phone_status import PhoneStatus
from .price_plan import PricePlan
from .price_plan_term import PricePlanTerm
from .price_plan_update import PricePlanUpdate
from .processing_options import ProcessingOptions
from .receivable_payment import ReceivablePayment
from .receivable_payment_account import ReceivablePaymentAccount
from .receivable_payment_invoice import ReceivablePaymentInvoice
from .receivable_payment_list import ReceivablePaymentList
from .recorded_bill_payment import RecordedBillPayment
from .recorded_bill_payment_bill_payments_item import RecordedBillPaymentBillPaymentsItem
from .recurring_bill import RecurringBill
from .recurring_bill_create import RecurringBillCreate
from .recurring_bill_list import RecurringBillList
from .recurring_bill_payment_information import RecurringBillPaymentInformation
from .recurring_bill_payment_information_input import RecurringBillPaymentInformationInput
from .recurring_bill_processing_options import RecurringBillProcessingOptions
from .recurring_bill_processing_options_input import RecurringBillProcessingOptionsInput
from .recurring_bill_replace import RecurringBillReplace
from .recurring_bill_schedule import RecurringBillSchedule
from .recurring_bill_schedule_input import RecurringBillScheduleInput
from .recurring_bill_schedule_input_period import RecurringBillScheduleInputPeriod
from .recurring_bill_update import RecurringBillUpdate
from .recurring_invoice import RecurringInvoice
from .recurring_invoice_create import RecurringInvoiceCreate
from .recurring_invoice_line_item import RecurringInvoiceLineItem
from .recurring_invoice_line_item_change import RecurringInvoiceLineItemChange
from .recurring_invoice_line_item_create import RecurringInvoiceLineItemCreate
from .recurring_invoice_line_item_replace import RecurringInvoiceLineItemReplace
from .recurring_invoice_list import RecurringInvoiceList
from .recurring_invoice_period import RecurringInvoicePeriod
from .recurring_invoice_replace import RecurringInvoiceReplace
from .recurring_invoice_schedule import RecurringInvoiceSchedule
from .recurring_invoice_schedule_change import RecurringInvoiceScheduleChange
from .recurring_invoice_schedule_info import RecurringInvoiceScheduleInfo
from .recurring_invoice_update import RecurringInvoiceUpdate
from .risk_verification import RiskVerification
from .role import Role
from .role_list import RoleList
from .role_summary import RoleSummary
from .rpps_information import RppsInformation
from .search_network_scope import SearchNetworkScope
from .session_info import SessionInfo
from .status_response import StatusResponse
from .user import User
from .user_create import UserCreate
from .user_list import UserList
from .user_update import UserUpdate
from .vendor import Vendor
from .vendor_account_type import VendorAccountType
from .vendor_additional_info import VendorAdditionalInfo
from .vendor_additional_info_input import VendorAdditionalInfoInput
from .vendor_audit_entry import VendorAuditEntry
from .vendor_audit_entry_field import VendorAuditEntryField
from .vendor_audit_entry_field_value import VendorAuditEntryFieldValue
from .vendor_audit_entry_user import VendorAuditEntryUser
from .vendor_bank_account import VendorBankAccount
from .vendor_bank_account_create import VendorBankAccountCreate
from .vendor_bank_account_regulatory_fields_item import VendorBankAccountRegulatoryFieldsItem
from .vendor_bulk_result import VendorBulkResult
from .vendor_configuration import VendorConfiguration
from .vendor_create import VendorCreate
from .vendor_credit import VendorCredit
from .vendor_credit_bulk_replace_item import VendorCreditBulkReplaceItem
from .vendor_credit_bulk_result import VendorCreditBulkResult
from .vendor_credit_bulk_update_item import VendorCreditBulkUpdateItem
from .vendor_credit_create import VendorCreditCreate
from .vendor_credit_line_item import VendorCreditLineItem
from .vendor_credit_line_item_change import VendorCreditLineItemChange
from .vendor_credit_line_item_create import VendorCreditLineItemCreate
from .vendor_credit_list import VendorCreditList
from .vendor_credit_replace import VendorCreditReplace
from .vendor_credit_update import VendorCreditUpdate
from .vendor_credit_usage import VendorCreditUsage
from .vendor_list import VendorList
from .vendor_payment_information import VendorPaymentInformation
from .vendor_payment_information_create import VendorPaymentInformationCreate
from .vendor_payment_information_payment_purpose import VendorPaymentInformationPaymentPurpose
from .vendor_payment_information_payment_purpose_code import VendorPaymentInformationPaymentPurposeCode
from .vendor_payment_information_update import VendorPaymentInformationUpdate
from .vendor_payment_purpose_input import VendorPaymentPurposeInput
from .vendor_payment_purpose_input_code import VendorPaymentPurposeInputCode
from .vendor_regulatory_field import VendorRegulatoryField
from .vendor_update import VendorUpdate

__all__ = (
    "AccountingClass",
    "AccountingClassBulkResult",
    "AccountingClassBulkUpdate",
    "AccountingClassCreate",
    "AccountingClassList",
    "AccountingClassUpdate",
    "Address",
    "AddressInput",
    "ApCard",
    "ApClassifications",
    "ArPayment",
    "ArPaymentInvoice",
    "ArPaymentInvoiceAmount",
    "ArPaymentRecord",
    "ArPaymentType",
    "Attachment",
    "AttachmentList",
    "BankAccount",
    "BankAccountCreate",
    "BankAccountCreateOwnerType",
    "BankAccountCreateType",
    "BankAccountDefaults",
    "BankAccountDefaultsUpdate",
    "BankAccountList",
    "BankAccountUpdate",
    "BankAccountUpdateOwnerType",
    "BankAccountUser",
    "BankAccountUserList",
    "BankAccountUserNomination",
    "BankAccountVerification",
    "BankAccountVerificationResult",
    "Bill",
    "BillApprovalAction",
    "BillApprovalActionAction",
    "BillApprovalPolicy",
    "BillApprovalPolicyApprovers",
    "BillApprovalPolicyApproversGroupsItem",
    "BillApprovalPolicyApproversGroupsItemUsersItem",
    "BillApprovalPolicyApproversUsersItem",
    "BillApprovalPolicyCreate",
    "BillApprovalRule",
    "BillApprovalRuleInput",
    "BillApprovalRuleInputKey",
    "BillApprovalRuleInputOp",
    "BillApprovalRuleValuesItem",
    "BillApprover",
    "BillCreate",
    "BillingPeriod",
    "BillingStatement",
    "BillingStatementDownloadLink",
    "BillingStatementLine",
    "BillingStatementList",
    "BillInvoice",
    "BillInvoiceInput",
    "BillLineItem",
    "BillLineItemChange",
    "BillLineItemCreate",
    "BillList",
    "BillPayment",
    "BillPaymentRecord",
    "BillPaymentRecordItem",
    "BillReplace",
    "BillUpdate",
    "BillVendorCreditInput",
    "BulkPaymentCreate",
    "BulkPaymentItem",
    "BulkPaymentResult",
    "CardAccount",
    "CardAccountDefault",
    "CardAccountExpiration",
    "CardAccountList",
    "CardAccountUser",
    "CardAccountUserList",
    "CardFundingPurpose",
    "CardFundingPurposeList",
    "CardRates",
    "CardRatesFunding",
    "ChartOfAccounts",
    "ChartOfAccountsAccount",
    "ChartOfAccountsAccountInput",
    "ChartOfAccountsBulkResult",
    "ChartOfAccountsBulkUpdate",
    "ChartOfAccountsCreate",
    "ChartOfAccountsList",
    "ChartOfAccountsUpdate",
    "ClassificationItem",
    "ClassificationItemBulkResult",
    "ClassificationItemBulkUpdate",
    "ClassificationItemCreate",
    "ClassificationItemList",
    "ClassificationItemUpdate",
    "Classifications",
    "CompanyOwner",
    "ConsoleOrganization",
    "CreditMemo",
    "CreditMemoBulkReplaceItem",
    "CreditMemoBulkResult",
    "CreditMemoBulkUpdateItem",
    "CreditMemoCreate",
    "CreditMemoLineItem",
    "CreditMemoLineItemChange",
    "CreditMemoLineItemCreate",
    "CreditMemoList",
    "CreditMemoReplace",
    "CreditMemoUpdate",
    "CreditMemoUsage",
    "Customer",
    "CustomerAccountType",
    "CustomerBalance",
    "CustomerBankAccount",
    "CustomerBankAccountCreate",
    "CustomerBankAccountList",
    "CustomerBankAccountOwnerType",
    "CustomerBankAccountType",
    "CustomerBankAccountUpdate",
    "CustomerCharge",
    "CustomerChargeAuthorization",
    "CustomerChargeInvoice",
    "CustomerContact",
    "CustomerContactInput",
    "CustomerCreate",
    "CustomerFundingAccount",
    "CustomerList",
    "CustomerUpdate",
    "Department",
    "DepartmentBulkResult",
    "DepartmentBulkUpdate",
    "DepartmentCreate",
    "DepartmentList",
    "DepartmentUpdate",
    "Document",
    "DocumentList",
    "DocumentUploadStatus",
    "Employee",
    "EmployeeBulkResult",
    "EmployeeBulkUpdate",
    "EmployeeCreate",
    "EmployeeList",
    "EmployeeUpdate",
    "ErrorDetail",
    "ErrorDetailCategory",
    "ErrorDetailSeverity",
    "ErrorParam",
    "ErrorParamAdditional",
    "FundingAccountPermissions",
    "FundingAccountPermissionsOrganization",
    "FundingAccountPermissionsOrganizationCard",
    "FundingAccountPermissionsOrganizationWallet",
    "FundingAccountPermissionsUser",
    "HealthCheck",
    "IndustryList",
    "InternationalPaymentsConfiguration",
    "InternationalPaymentsConfigurationPaymentPurpose",
    "InternationalPaymentsConfigurationPaymentPurposeCodesItem",
    "InternationalPaymentsConfigurationValidations",
    "InternationalPaymentsConfigurationValidationsFieldsItem",
    "Invoice",
    "InvoiceCreate",
    "InvoiceCustomer",
    "InvoiceEmail",
    "InvoiceEmailRecipient",
    "InvoiceEmailSender",
    "InvoiceLineItem",
    "InvoiceLineItemChange",
    "InvoiceLineItemCreate",
    "InvoiceLineItemReplace",
    "InvoiceList",
    "InvoicePayment",
    "InvoicePaymentLink",
    "InvoicePaymentLinkRequest",
    "InvoiceProcessingOptions",
    "InvoiceReplace",
    "InvoiceUpdate",
    "Job",
    "JobBulkResult",
    "JobBulkUpdate",
    "JobCreate",
    "JobList",
    "JobUpdate",
    "ListCardAccountsCardUserStatus",
    "Location",
    "LocationBulkResult",
    "LocationBulkUpdate",
    "LocationCreate",
    "LocationList",
    "LocationUpdate",
    "LoginAsUserRequest",
    "LoginAsUserResponse",
    "LoginOrganization",
    "LoginOrganizationList",
    "LoginRequest",
    "LoginResponse",
    "MfaChallengeRequest",
    "MfaChallengeResponse",
    "MfaChallengeValidateRequest",
    "MfaChallengeValidateResponse",
    "MfaPhone",
    "MfaPhoneList",
    "MfaSetupRequest",
    "MfaSetupResponse",
    "MfaSetupValidateRequest",
    "MfaStepUpRequest",
    "MfaStepUpResponse",
    "NetworkAddress",
    "NetworkEmailInvitation",
    "NetworkInvitation",
    "NetworkInvitationAccept",
    "NetworkInvitationAcceptType",
    "NetworkInvitationCreate",
    "NetworkInvitationCreateNetworkType",
    "NetworkManager",
    "NetworkOrganization",
    "NetworkSearchResult",
    "Organization",
    "OrganizationAddressUpdate",
    "OrganizationCompanyOwner",
    "OrganizationCreate",
    "OrganizationList",
    "OrganizationProcessingOptions",
    "OrganizationUpdate",
    "OrganizationUserCreate",
    "PartnerLoginRequest",
    "PartnerLoginResponse",
    "Payment",
    "PaymentCheckImages",
    "PaymentCheckImagesResultsItem",
    "PaymentCreate",
    "PaymentExchangeRate",
    "PaymentExchangeRateAmountRange",
    "PaymentFundingAccount",
    "PaymentFundingAccountInput",
    "PaymentFundingAccountInputType",
    "PaymentList",
    "PaymentOptionBank",
    "PaymentOptionCard",
    "PaymentOptionCardFeeInfo",
    "PaymentOptions",
    "PaymentOptionsFundingOptions",
    "PaymentProcessingOptions",
    "PaymentProcessingOptionsInput",
    "PaymentVoid",
    "PaymentVoidInfo",
    "PaymentVoidType",
    "PendingBillApproval",
    "PendingBillApprovals",
    "PhoneCreate",
    "PhoneStatus",
    "PricePlan",
    "PricePlanTerm",
    "PricePlanUpdate",
    "ProcessingOptions",
    "ReceivablePayment",
    "ReceivablePaymentAccount",
    "ReceivablePaymentInvoice",
    "ReceivablePaymentList",
    "RecordedBillPayment",
    "RecordedBillPaymentBillPaymentsItem",
    "RecurringBill",
    "RecurringBillCreate",
    "RecurringBillList",
    "RecurringBillPaymentInformation",
    "RecurringBillPaymentInformationInput",
    "RecurringBillProcessingOptions",
    "RecurringBillProcessingOptionsInput",
    "RecurringBillReplace",
    "RecurringBillSchedule",
    "RecurringBillScheduleInput",
    "RecurringBillScheduleInputPeriod",
    "RecurringBillUpdate",
    "RecurringInvoice",
    "RecurringInvoiceCreate",
    "RecurringInvoiceLineItem",
    "RecurringInvoiceLineItemChange",
    "RecurringInvoiceLineItemCreate",
    "RecurringInvoiceLineItemReplace",
    "RecurringInvoiceList",
    "RecurringInvoicePeriod",
    "RecurringInvoiceReplace",
    "RecurringInvoiceSchedule",
    "RecurringInvoiceScheduleChange",
    "RecurringInvoiceScheduleInfo",
    "RecurringInvoiceUpdate",
    "RiskVerification",
    "Role",
    "RoleList",
    "RoleSummary",
    "RppsInformation",
    "SearchNetworkScope",
    "SessionInfo",
    "StatusResponse",
    "User",
    "UserCreate",
    "UserList",
    "UserUpdate",
    "Vendor",
    "VendorAccountType",
    "VendorAdditionalInfo",
    "VendorAdditionalInfoInput",
    "VendorAuditEntry",
    "VendorAuditEntryField",
    "VendorAuditEntryFieldValue",
    "VendorAuditEntryUser",
    "VendorBankAccount",
    "VendorBankAccountCreate",
    "VendorBankAccountRegulatoryFieldsItem",
    "VendorBulkResult",
    "VendorConfiguration",
    "VendorCreate",
    "VendorCredit",
    "VendorCreditBulkReplaceItem",
    "VendorCreditBulkResult",
    "VendorCreditBulkUpdateItem",
    "VendorCreditCreate",
    "VendorCreditLineItem",
    "VendorCreditLineItemChange",
    "VendorCreditLineItemCreate",
    "VendorCreditList",
    "VendorCreditReplace",
    "VendorCreditUpdate",
    "VendorCreditUsage",
    "VendorList",
    "VendorPaymentInformation",
    "VendorPaymentInformationCreate",
    "VendorPaymentInformationPaymentPurpose",
    "VendorPaymentInformationPaymentPurposeCode",
    "VendorPaymentInformationUpdate",
    "VendorPaymentPurposeInput",
    "VendorPaymentPurposeInputCode",
    "VendorRegulatoryField",
    "VendorUpdate",
)
