"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_input import AddressInput
from .classifications import Classifications
from .company_owner import CompanyOwner
from .console_organization import ConsoleOrganization
from .error_detail import ErrorDetail
from .error_detail_category import ErrorDetailCategory
from .error_detail_severity import ErrorDetailSeverity
from .error_param import ErrorParam
from .error_param_additional import ErrorParamAdditional
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
from .organization import Organization
from .organization_company_owner import OrganizationCompanyOwner
from .organization_create import OrganizationCreate
from .organization_list import OrganizationList
from .organization_processing_options import OrganizationProcessingOptions
from .partner_login_request import PartnerLoginRequest
from .partner_login_response import PartnerLoginResponse
from .phone_create import PhoneCreate
from .phone_status import PhoneStatus
from .price_plan_update import PricePlanUpdate
from .processing_options import ProcessingOptions
from .risk_verification import RiskVerification
from .role import Role
from .role_list import RoleList
from .role_summary import RoleSummary
from .session_info import SessionInfo
from .status_response import StatusResponse
from .user import User
from .user_create import UserCreate
from .user_list import UserList
from .user_update import UserUpdate

__all__ = (
    "Address",
    "AddressInput",
    "Classifications",
    "CompanyOwner",
    "ConsoleOrganization",
    "ErrorDetail",
    "ErrorDetailCategory",
    "ErrorDetailSeverity",
    "ErrorParam",
    "ErrorParamAdditional",
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
    "Organization",
    "OrganizationCompanyOwner",
    "OrganizationCreate",
    "OrganizationList",
    "OrganizationProcessingOptions",
    "PartnerLoginRequest",
    "PartnerLoginResponse",
    "PhoneCreate",
    "PhoneStatus",
    "PricePlanUpdate",
    "ProcessingOptions",
    "RiskVerification",
    "Role",
    "RoleList",
    "RoleSummary",
    "SessionInfo",
    "StatusResponse",
    "User",
    "UserCreate",
    "UserList",
    "UserUpdate",
)
