"""v2's organization area: the organization, its users and roles, bank and card accounts, balances, funds
transfers, notes on objects, field metadata, web-app links and vendor search.

Shared with v3 (one store, same ids): the organization (`store.organizations`), users (`store.users`, v3's
/v3/users), roles (`store.roles`, v2's Profile, prefix 0po), bank accounts and cards (funding.py). v2 only:
balances set with SetBankBalance and notes (SendMessage, prefix `act`) live in this area's tables; funds
transfers (MoneyMovement) are a view of v3's bank-funded payments and online customer charges, with ids
derived from theirs (prefix `mmt`, items `mmi`), so reading them takes nothing from the id sequence.

BILL's rules kept here:
- a session reads only its own organization; any other id is BDC_1119 on `id`;
- users follow v3's rules (rules/partner.py, organizations.py): only an ADMINISTRATOR adds users (BDC_1145);
  a new user signs in with their email, which no BILL user may have as a sign-in name yet (case-insensitive);
  the role (`profileId`) must be one of the organization's; `username` in Create's data is the caller's own
  sign-in name; Delete/Undelete archive and restore (isActive "2"/"1");
- SetBankBalance needs a bank account to set it on, a date not in the future, and the organization's own
  chart-of-accounts entries;
- a note goes on an object of the organization, and every user it mentions (`[~<user id>]`) is an active user
  of it;
- GetEntityMetadata knows the entities the v2 spec describes (BDC_1114 for any other);
- SearchEntity searches the names of the organization's active vendors.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import bill_spec
from bill_mock.areas.ap import ap_tables, money, money_wire
from bill_mock.areas.ar import ar_tables
from bill_mock.areas.classifications import KINDS, ClassificationTables
from bill_mock.areas.funding import (
    LOCKED,
    NOMINATED,
    PENDING,
    VERIFIED,
    BankAccount,
    CardAccount,
    bank_accounts_of,
    card_status,
    cards_of,
    funding_tables,
)
from bill_mock.areas.organizations import require_administrator
from bill_mock.areas.payments import payment_tables
from bill_mock.errors import BillError, invalid_field, shown_value
from bill_mock.ids import ALPHANUMERIC
from bill_mock.rules import partner
from bill_mock.state import Organization, Role, Store, User
from bill_mock.v2 import listing, wire
from bill_mock.v2.areas.vendors import VENDOR
from bill_mock.v2.entities import Entity, extras, register_entity
from bill_mock.v2.handlers import V2Call, handles_v2

__all__ = [
    "BANK_ACCOUNT",
    "PROFILE",
    "USER",
    "OrgObject",
    "OrganizationV2Tables",
    "entity_metadata",
    "find_object",
    "object_url",
    "permissions",
    "require_object",
]

PREFIX_MESSAGE = "act"
PREFIX_MONEY_MOVEMENT = "mmt"
PREFIX_MONEY_MOVEMENT_ITEM = "mmi"
WEB_APP = "https://app.bill-mock.invalid"
"""Web-app links point here: a reserved name that never resolves, as the mock has no web app."""


def _spec_schemas() -> Mapping[str, Any]:
    schemas: Mapping[str, Any] = bill_spec.load(bill_spec.SPEC_V2)["components"]["schemas"]
    return schemas


@functools.cache
def _fields(schema_name: str) -> frozenset[str]:
    """The properties a v2 schema names: what a List may filter and sort on."""
    return frozenset(_spec_schemas()[schema_name].get("properties", {}))


# objects of the organization, by id


@dataclass(frozen=True, slots=True)
class OrgObject:
    """An object of the caller's organization found by id, with its v2 entity name."""

    entity: str
    id: str
    record: Any


_CLASSIFICATION_ENTITIES = {
    "accounting-classes": "ActgClass",
    "chart-of-accounts": "ChartOfAccount",
    "departments": "Department",
    "employees": "Employee",
    "items": "Item",
    "jobs": "Job",
    "locations": "Location",
}


def _classifications(path: str) -> Callable[[Store], Mapping[str, Any]]:
    def table(store: Store) -> Mapping[str, Any]:
        return store.area(ClassificationTables).records[path]

    return table


_TABLES: tuple[tuple[str, Callable[[Store], Mapping[str, Any]]], ...] = (
    ("Vendor", lambda store: ap_tables(store).vendors),
    ("Bill", lambda store: ap_tables(store).bills),
    ("VendorCredit", lambda store: ap_tables(store).vendor_credits),
    ("RecurringBill", lambda store: ap_tables(store).recurring_bills),
    ("SentPay", lambda store: payment_tables(store).payments),
    ("SentPay", lambda store: ap_tables(store).recorded_payments),
    ("Customer", lambda store: ar_tables(store).customers),
    ("CustomerBankAccount", lambda store: ar_tables(store).bank_accounts),
    ("Invoice", lambda store: ar_tables(store).invoices),
    ("CreditMemo", lambda store: ar_tables(store).credit_memos),
    ("RecurringInvoice", lambda store: ar_tables(store).recurring_invoices),
    ("ReceivedPay", lambda store: ar_tables(store).received_payments),
    ("BankAccount", lambda store: funding_tables(store).bank_accounts),
    ("User", lambda store: store.users),
    ("Profile", lambda store: store.roles),
    *((_CLASSIFICATION_ENTITIES[kind.path], _classifications(kind.path)) for kind in KINDS),
)
"""Where objects of the shared store live, with the v2 entity each table holds."""


def find_object(store: Store, organization_id: str, object_id: str) -> OrgObject | None:
    """The organization's object with this id, whatever its kind; None for unknown or foreign ids."""
    if object_id == organization_id:
        return OrgObject("Organization", object_id, store.organizations[organization_id])
    for entity, table in _TABLES:
        record = table(store).get(object_id)
        if record is not None and getattr(record, "organization_id", None) == organization_id:
            return OrgObject(entity, object_id, record)
    return None


def require_object(call: V2Call, object_id: str, field_name: str) -> OrgObject:
    """The caller's organization's object, or BDC_1119 on `field_name`."""
    found = find_object(call.store, call.organization_id, object_id)
    if found is None:
        raise invalid_field(field_name, object_id)
    return found


def _derived_id(prefix: str, source: str) -> str:
    """An id that follows from another one: the same on every read, and nothing taken from the id sequence."""
    digest = hashlib.sha256(f"{prefix}:{source}".encode()).digest()
    return prefix + "02" + "".join(ALPHANUMERIC[byte % len(ALPHANUMERIC)] for byte in digest[:15])


def _active(archived: bool) -> str:
    return "2" if archived else "1"


def _refused(field_name: str, value: object, advice: str) -> BillError:
    return BillError(400, "BDC_1119", f"{invalid_field(field_name, value).message}. {advice}")


# the organization

_ADDRESS = {
    "line1": "1",
    "line2": "2",
    "city": "City",
    "stateOrProvince": "State",
    "zipOrPostalCode": "Zip",
    "country": "Country",
}
_TAX_ID_TYPES = {"EIN": "1", "SSN": "2"}


def _organization_wire(org: Organization) -> dict[str, Any]:
    details = org.details
    found: dict[str, Any] = {
        "entity": "Organization",
        "id": org.id,
        "isActive": _active(org.archived),
        "createdTime": wire.format_timestamp(org.created),
        "updatedTime": wire.format_timestamp(org.updated),
        "name": org.name,
        "displayName": org.name,
    }
    for v3_name, v2_stem in (("address", "address"), ("mailingAddress", "mailingAddress")):
        address = details.get(v3_name)
        if isinstance(address, Mapping):
            for key, suffix in _ADDRESS.items():
                if isinstance(address.get(key), str):
                    found[v2_stem + suffix] = address[key]
    options = details.get("processingOptions")
    if isinstance(options, Mapping) and isinstance(options.get("mailingAddressSameAsPhysical"), bool):
        found["mailAddrSameAsPhys"] = options["mailingAddressSameAsPhysical"]
    for key in ("phone", "taxId", "industry"):
        if isinstance(details.get(key), str):
            found[key] = details[key]
    tax_id_type = _TAX_ID_TYPES.get(str(details.get("taxIdType", "")).upper())
    if tax_id_type is not None:
        found["taxIdType"] = tax_id_type
    owner = details.get("companyOwner")
    if isinstance(owner, Mapping) and isinstance(owner.get("name"), str):
        found["primaryCompanyOwner"] = owner["name"]
    return found


@handles_v2("crudReadOrganization")
def _read_organization(call: V2Call) -> dict[str, Any]:
    wanted = call.data["id"]
    if wanted != call.organization_id:
        raise invalid_field("id", wanted)
    return _organization_wire(call.store.organizations[call.organization_id])


# users


def _user_wire(store: Store, user: User) -> dict[str, Any]:
    found: dict[str, Any] = {
        "entity": "User",
        "id": user.id,
        "isActive": _active(user.archived),
        "createdTime": wire.format_timestamp(user.created),
        "updatedTime": wire.format_timestamp(user.updated),
        "profileId": user.role_id,
        "firstName": user.first_name,
    }
    if user.last_name is not None:
        found["lastName"] = user.last_name
    found["email"] = user.email
    found.update(extras(store, "User", user.id))
    return found


def _role(call: V2Call, profile_id: str) -> Role:
    role = call.store.roles.get(profile_id)
    if role is None or role.organization_id != call.organization_id:
        raise _refused("profileId", profile_id, "Use the id of one of your organization's profiles (List/Profile).")
    return role


def _v2_only(obj: Mapping[str, Any]) -> dict[str, Any]:
    return {key: obj[key] for key in ("timezoneId",) if key in obj}


def _create_user(call: V2Call, data: Mapping[str, Any]) -> dict[str, Any]:
    store = call.store
    caller = require_administrator(store, call.user_id, "add users")
    if data["username"].casefold() != caller.username.casefold():
        raise _refused("username", data["username"], "Send the sign-in name of the user making the call.")
    obj = data["obj"]
    role = _role(call, obj["profileId"])
    email = obj["email"]
    if store.username_taken(email):
        raise _refused("email", email, "A BILL user already signs in with this email; use another address.")
    fields = {
        "username": email,
        "firstName": obj["firstName"],
        "lastName": obj["lastName"],
        "email": email,
        "roleId": role.id,
        "acceptTermsOfService": True,  # the v2 call has no such field; BILL's web app asks the new user
    }
    user = partner.create_user(store, call.now, call.organization_id, fields)
    extras(store, "User", user.id).update(_v2_only(obj))
    if obj.get("isActive") == "2":
        partner.set_archived(store, call.now, call.organization_id, user.id, archived=True)
    return _user_wire(store, user)


@handles_v2("crudCreateUser")
def _crud_create_user(call: V2Call) -> dict[str, Any]:
    return _create_user(call, call.data)


@handles_v2("bulkCrudCreateUser")
def _bulk_create_user(call: V2Call) -> dict[str, Any]:
    answers: list[dict[str, Any]] = []
    for item in call.items:
        try:
            if isinstance(item, BillError):
                raise item
            answers.append(wire.success(_create_user(call, item)))
        except BillError as error:
            answers.append(wire.failure(error.code, wire.v2_message(error)))
    return {"bulk": answers}


def _update_user(call: V2Call, user: User, obj: dict[str, Any]) -> None:
    fields: dict[str, Any] = {key: obj[key] for key in ("firstName", "lastName", "email") if key in obj}
    if "profileId" in obj:
        fields["roleId"] = _role(call, obj["profileId"]).id
    partner.update_user(call.store, call.now, call.organization_id, user.id, fields)
    extras(call.store, "User", user.id).update(_v2_only(obj))


def _set_user_active(call: V2Call, user: User, active: bool) -> None:
    partner.set_archived(call.store, call.now, call.organization_id, user.id, archived=not active)


USER: Entity[User] = Entity(
    name="User",
    table=lambda store: store.users,
    organization_of=lambda user: user.organization_id,
    to_wire=_user_wire,
    update=_update_user,
    set_active=_set_user_active,
)


# profiles (roles) and what they allow

_PROFILE_TYPES = {
    "ADMINISTRATOR": "2",
    "CLERK": "3",
    "APPROVER": "4",
    "ACCOUNTANT": "5",
    "CUSTOM": "6",
    "PAYER": "7",
    "PARTNER": "8",
    "AUDITOR": "9",
}


def _profile_wire(store: Store, role: Role) -> dict[str, Any]:
    return {
        "entity": "Profile",
        "id": role.id,
        "createdTime": wire.format_timestamp(role.created),
        "updatedTime": wire.format_timestamp(role.updated),
        "name": role.type.replace("_", " ").title(),
        "type": _PROFILE_TYPES.get(role.type, "6"),
        "description": role.description,
    }


PROFILE: Entity[Role] = Entity(
    name="Profile",
    table=lambda store: store.roles,
    organization_of=lambda role: role.organization_id,
    to_wire=_profile_wire,
)

_BOOKS = ("ChartOfAccount", "Class", "Department", "Employee", "Item", "Job", "Location", "PaymentTerm")
_GRANTS: dict[str, frozenset[str]] = {
    "ACCOUNTANT": frozenset(
        {f"edit{name}" for name in ("Bill", "Invoice", "Customer", "Vendor", "Document", "InvoiceTemplate", *_BOOKS)}
        | {"editPurchaseOrder", "editUnitOfMeasure", "editCardTransaction", "canSync", "canManageNetwork", "canApprove"}
    ),
    "APPROVER": frozenset({"canApprove", "editAssignedBill", "notifyDeniedBill"}),
    "PAYER": frozenset({"editPayment", "canPayUnassignedBill", "canOverrideRemittance"}),
    "CLERK": frozenset({"editBill", "editInvoice", "editCustomer", "editVendor", "editDocument", "editPurchaseOrder"}),
    "AUDITOR": frozenset(),
}
"""What each default role may do besides viewing: an administrator may do everything."""
_VIEWS: dict[str, frozenset[str] | None] = {
    "ACCOUNTANT": None,
    "AUDITOR": None,
    "APPROVER": frozenset({"viewVendorForAssignedBill", "viewDocument", "viewInbox"}),
    "PAYER": frozenset(
        {"viewBill", "viewVendor", "viewBankAccount", "viewPayment", "viewDocument", "viewVendorDirectDetails"}
    ),
    "CLERK": frozenset(
        {"viewBill", "viewInvoice", "viewCustomer", "viewVendor", "viewDocument", "viewInbox", "viewItem"}
    ),
}
"""What each default role may see; None: everything."""


def permissions(role_type: str) -> dict[str, bool]:
    """One flag per permission the spec names, for a role of this type (a role the mock does not know of
    may do nothing)."""
    names = sorted(_fields("ProfilePermissions"))
    if role_type == "ADMINISTRATOR":
        return dict.fromkeys(names, True)
    grants = _GRANTS.get(role_type, frozenset())
    views = _VIEWS.get(role_type, frozenset())
    flags: dict[str, bool] = {}
    for name in names:
        if name.startswith("view"):
            flags[name] = views is None or name in views
        else:
            flags[name] = name in grants
    return flags


@handles_v2("getProfilePermissions")
def _profile_permissions(call: V2Call) -> dict[str, bool]:
    role = PROFILE.find(call, call.data["id"])
    return permissions(role.type)


# bank accounts and balances

_BANK_STATUS = {PENDING: "2", VERIFIED: "1", LOCKED: "3"}


@dataclass(slots=True)
class Balance:
    amount: Decimal
    day: date
    chart_of_accounts: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    organization_id: str
    object_id: str
    text: str
    public: bool
    user_id: str
    created: datetime


@dataclass
class OrganizationV2Tables:
    """What v2 keeps that v3 has no place for."""

    balances: dict[str, Balance] = field(default_factory=dict)
    """By organization id: the last SetBankBalance."""
    messages: dict[str, Message] = field(default_factory=dict)


def _tables(store: Store) -> OrganizationV2Tables:
    return store.area(OrganizationV2Tables)


def _default_bank_account(store: Store, organization_id: str) -> BankAccount | None:
    """The account payments go from by default; without one, the organization's first active account."""
    accounts = bank_accounts_of(store, organization_id)
    return next((account for account in accounts if account.payables), accounts[0] if accounts else None)


def _bank_account_wire(store: Store, account: BankAccount) -> dict[str, Any]:
    number = account.account_number
    found: dict[str, Any] = {
        "entity": "BankAccount",
        "id": account.id,
        "isActive": _active(account.archived),
        "createdTime": wire.format_timestamp(account.created),
        "updatedTime": wire.format_timestamp(account.updated),
        "bankName": account.bank_name,
        "nameOnAcct": account.name_on_account,
        "accountNumber": "x" * (len(number) - 4) + number[-4:],
        "routingNumber": account.routing_number,
        "usersId": account.created_by,
        "status": _BANK_STATUS.get(account.status, "0"),
        "primaryAP": account.payables,
        "primaryAR": account.receivables,
        "isSavings": account.type == "SAVINGS",
        "isPersonalAcct": account.owner_type == "PERSONAL",
        "autoAdminAuth": account.access_to_admins,
    }
    if account.chart_of_account_id is not None:
        found["chartOfAccountId"] = account.chart_of_account_id
    balance = _tables(store).balances.get(account.organization_id)
    default = _default_bank_account(store, account.organization_id)
    if balance is not None and default is not None and default.id == account.id:
        found["bankBalance"] = money_wire(balance.amount)
    return found


BANK_ACCOUNT: Entity[BankAccount] = Entity(
    name="BankAccount",
    table=lambda store: funding_tables(store).bank_accounts,
    organization_of=lambda account: account.organization_id,
    to_wire=_bank_account_wire,
)


@handles_v2("getBankBalance")
def _get_bank_balance(call: V2Call) -> dict[str, Any]:
    balance = _tables(call.store).balances.get(call.organization_id)
    if balance is None:
        return {"bankBalance": 0.0}
    return {"bankBalance": money_wire(balance.amount), "bankBalanceDate": balance.day.isoformat()}


_MAX_AMOUNT = Decimal("1e15")


def _amount(field_name: str, value: float) -> Decimal:
    """An amount in cents, or BDC_1119 for one no bank holds."""
    try:
        amount = money(value)
    except InvalidOperation:
        raise invalid_field(field_name, value) from None
    if abs(amount) >= _MAX_AMOUNT:
        raise invalid_field(field_name, value)
    return amount


@handles_v2("setBankBalance")
def _set_bank_balance(call: V2Call) -> dict[str, Any]:
    data, store = call.data, call.store
    if _default_bank_account(store, call.organization_id) is None:
        raise BillError(
            400,
            "BDC_1119",
            "Invalid field,value: bankBalance, "
            f"{shown_value('bankBalance', data['bankBalance'])}. The organization has no active bank account to "
            "set a balance on; add one (POST /v3/funding-accounts/banks) first.",
        )
    try:
        day = date.fromisoformat(data["bankBalanceDate"])
    except ValueError:
        raise invalid_field("bankBalanceDate", data["bankBalanceDate"]) from None
    if day > call.now.date():
        raise _refused("bankBalanceDate", data["bankBalanceDate"], "A balance cannot be dated in the future.")
    charts = {
        record.id: record
        for record in store.area(ClassificationTables).records["chart-of-accounts"].values()
        if record.organization_id == call.organization_id and not record.archived
    }
    per_chart: dict[str, Decimal] = {}
    for index, entry in enumerate(data.get("bankBalances") or ()):
        for key in ("chartOfAccountId", "chartOfAccountBalance"):
            if key not in entry:
                raise wire.missing_data(f"bankBalances.{index}.{key}")
        chart_id = entry["chartOfAccountId"]
        if chart_id not in charts:
            raise _refused(
                f"bankBalances.{index}.chartOfAccountId", chart_id, "Use one of your organization's chart of accounts."
            )
        per_chart[chart_id] = _amount(f"bankBalances.{index}.chartOfAccountBalance", entry["chartOfAccountBalance"])
    amount = _amount("bankBalance", data["bankBalance"])
    _tables(store).balances[call.organization_id] = Balance(amount, day, per_chart)
    return {}


# funds transfers (a view of v3's bank-funded payments and customer charges)


@dataclass(frozen=True, slots=True)
class Movement:
    id: str
    type: str
    amount: Decimal
    process_date: date
    status: str
    created: datetime
    updated: datetime
    items: tuple[tuple[str, Decimal, str], ...]
    """(item id, amount, vendor or customer name) per payment in the transfer."""
    bank_account_id: str | None = None
    description: str | None = None


def _movements(store: Store, now: datetime, organization_id: str) -> list[Movement]:
    found: list[Movement] = []
    vendors = ap_tables(store).vendors
    voided = payment_tables(store).voids
    for payment in payment_tables(store).payments.values():
        if payment.organization_id != organization_id or payment.funding.get("type") != "BANK_ACCOUNT":
            continue
        status = payment.status(now)
        code = "2" if status == "CANCELLED" or payment.id in voided else ("0" if status == "SCHEDULED" else "1")
        vendor = vendors.get(payment.vendor_id)
        found.append(
            Movement(
                id=_derived_id(PREFIX_MONEY_MOVEMENT, payment.id),
                type="1",
                amount=-payment.amount,
                process_date=payment.process_date,
                status=code,
                created=payment.created,
                updated=payment.updated,
                items=(
                    (
                        _derived_id(PREFIX_MONEY_MOVEMENT_ITEM, payment.id),
                        -payment.amount,
                        vendor.name if vendor else "",
                    ),
                ),
                bank_account_id=payment.funding.get("id"),
                description=payment.details.get("description"),
            )
        )
    receiving = next((a for a in bank_accounts_of(store, organization_id) if a.receivables), None)
    customers = ar_tables(store).customers
    for received in ar_tables(store).received_payments.values():
        if received.organization_id != organization_id or not received.online:
            continue
        customer = customers.get(received.customer_id)
        found.append(
            Movement(
                id=_derived_id(PREFIX_MONEY_MOVEMENT, received.id),
                type="2",
                amount=received.amount,
                process_date=received.payment_date,
                status="0" if received.payment_date > now.date() else "1",
                created=received.created,
                updated=received.updated,
                items=(
                    (
                        _derived_id(PREFIX_MONEY_MOVEMENT_ITEM, received.id),
                        received.amount,
                        customer.name if customer else "",
                    ),
                ),
                bank_account_id=receiving.id if receiving else None,
                description=received.description,
            )
        )
    found.sort(key=lambda movement: movement.created)
    return found


def _movement_wire(movement: Movement, *, nested: bool) -> dict[str, Any]:
    stamps = {
        "createdTime": wire.format_timestamp(movement.created),
        "updatedTime": wire.format_timestamp(movement.updated),
    }
    found: dict[str, Any] = {
        "entity": "MoneyMovement",
        "id": movement.id,
        **stamps,
        "name": f"BILL {movement.id[-8:].upper()}",
        "type": movement.type,
        "amount": money_wire(movement.amount),
        "processDate": movement.process_date.isoformat(),
        "status": movement.status,
    }
    if movement.bank_account_id is not None:
        found["bankAccountId"] = movement.bank_account_id
    if movement.description is not None:
        found["description"] = movement.description
    if nested:
        found["moneyMovementItems"] = [
            {
                "entity": "MoneyMovementItem",
                "id": item_id,
                **stamps,
                "moneyMovementId": movement.id,
                "amount": money_wire(amount),
                "name": name,
            }
            for item_id, amount, name in movement.items
        ]
    return found


@handles_v2("crudReadMoneyMovement")
def _read_money_movement(call: V2Call) -> dict[str, Any]:
    wanted = call.data["id"]
    for movement in _movements(call.store, call.now, call.organization_id):
        if movement.id == wanted:
            return _movement_wire(movement, nested=True)
    raise invalid_field("id", wanted)


@handles_v2("listMoneyMovement")
def _list_money_movement(call: V2Call) -> list[Any]:
    nested = call.data.get("nested") is True
    rows = (_movement_wire(each, nested=nested) for each in _movements(call.store, call.now, call.organization_id))
    return listing.page(rows, call.data, _fields("MoneyMovement"))


# cards

_CARD_TYPES = {"visa": "1", "mastercard": "2", "discover": "3", "amex": "4", "american express": "4"}
_CARD_STATUS = {VERIFIED: "1", NOMINATED: "2"}


def _card_wire(store: Store, card: CardAccount, user_id: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "entity": "CardAccount",
        "id": card.id,
        "isActive": "1",
        "createdTime": wire.format_timestamp(card.created),
        "updatedTime": wire.format_timestamp(card.created),
        "issuingBankName": card.issuing_bank_name,
        "nameOnAcct": "Sandbox Card",
        "cardBrand": card.brand,
        "status": _CARD_STATUS.get(card_status(store, card, user_id) or "", "0"),
        "last4": card.last4,
        "canFund": True,
        "canDisburse": False,
        "expYear": card.expiration_year,
        "expMonth": card.expiration_month,
        "primaryAP": card.default_payables,
        "primaryAR": False,
    }
    card_type = _CARD_TYPES.get(card.brand.lower())
    if card_type is not None:
        found["cardType"] = card_type
    return found


@handles_v2("listCardAccount")
def _list_card_account(call: V2Call) -> list[Any]:
    cards = cards_of(call.store, call.organization_id).values()
    rows = (_card_wire(call.store, card, call.user_id) for card in cards)
    return listing.page(rows, call.data, _fields("CardAccount"))


# notes on objects

_MENTION = re.compile(r"\[~([0-9A-Za-z]{20})\]")


def _message_wire(store: Store, message: Message) -> dict[str, Any]:
    author = store.users.get(message.user_id)
    sender: dict[str, Any] = {"usersOrgName": store.organizations[message.organization_id].name}
    if author is not None:
        sender["usersFirstName"] = author.first_name
        if author.last_name is not None:
            sender["usersLastName"] = author.last_name
    return {
        "entity": "Message",
        "id": message.id,
        "objectId": message.object_id,
        "message": message.text,
        "isPublic": message.public,
        "createdDate": wire.format_timestamp(message.created),
        "usersId": message.user_id,
        "from": sender,
    }


@handles_v2("sendMessage")
def _send_message(call: V2Call) -> dict[str, Any]:
    data, store = call.data, call.store
    target = require_object(call, data["objectId"], "objectId")
    for mentioned in _MENTION.findall(data["message"]):
        user = store.users.get(mentioned)
        if user is None or user.organization_id != call.organization_id or user.archived:
            raise _refused("message", f"[~{mentioned}]", "Mention only active users of your organization.")
    message = Message(
        id=store.ids.object_id(PREFIX_MESSAGE),
        organization_id=call.organization_id,
        object_id=target.id,
        text=data["message"],
        public=data.get("isPublic", False),
        user_id=call.user_id,
        created=call.now,
    )
    _tables(store).messages[message.id] = message
    return _message_wire(store, message)


@handles_v2("listMessage")
def _list_message(call: V2Call) -> list[dict[str, Any]]:
    data = call.data
    target = require_object(call, data["objectId"], "objectId")
    notes = [note for note in _tables(call.store).messages.values() if note.object_id == target.id]
    start: int = data["start"]
    return [_message_wire(call.store, note) for note in notes[start : start + data["max"]]]


# metadata, links, search


@functools.cache
def _entity_names() -> frozenset[str]:
    """The v2 entities: the spec's schemas whose `entity` is their own name."""
    return frozenset(
        name
        for name, schema in _spec_schemas().items()
        if schema.get("properties", {}).get("entity", {}).get("enum") == [name]
    )


def _resolved(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = _spec_schemas()[str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema


def _field_type(name: str, schema: Mapping[str, Any]) -> str:
    ref = str(schema.get("$ref", ""))
    if ref.endswith("/Timestamp"):
        return "timestamp"
    resolved = _resolved(schema)
    kind = str(resolved.get("type", "object"))
    if kind == "string" and resolved.get("format") == "date":
        return "date"
    if kind == "string" and (name == "id" or name.endswith("Id")):
        return "id"
    return kind


@functools.cache
def entity_metadata(entity: str) -> dict[str, Any]:
    """Field metadata of one v2 entity, from the spec: type, whether Create needs it, whether Create and
    Update take it, and the values an enum-like field allows."""
    schemas = _spec_schemas()
    create = schemas.get(f"{entity}Create", {})
    update = schemas.get(f"{entity}Update", {})
    required = set(create.get("required", ()))
    fields: dict[str, Any] = {}
    for name, schema in schemas[entity].get("properties", {}).items():
        kind = _field_type(name, schema)
        meta: dict[str, Any] = {
            "name": name,
            "type": kind,
            "required": name in required and name != "entity",
            "createable": name in create.get("properties", {}) and name != "entity",
            "updateable": name in update.get("properties", {}) and name not in ("entity", "id"),
            "filterable": kind not in ("array", "object"),
            "sortable": kind not in ("array", "object"),
        }
        enum = _resolved(schema).get("enum")
        if enum is not None and name != "entity":
            meta["values"] = list(enum)
        description = _resolved(schema).get("description")
        if isinstance(description, str):
            meta["description"] = description
        fields[name] = meta
    return {"fields": fields}


@handles_v2("getEntityMetadata")
def _get_entity_metadata(call: V2Call) -> dict[str, Any]:
    known = _entity_names()
    answer: dict[str, Any] = {}
    for name in call.data["entity"]:
        if name not in known:
            raise BillError(400, "BDC_1114", f"Invalid entity type: {shown_value('entity', name)}")
        answer[name] = entity_metadata(name)
    return answer


def object_url(object_id: str) -> str:
    return f"{WEB_APP}/{object_id}"


@handles_v2("getObjectUrl")
def _get_object_url(call: V2Call) -> dict[str, str]:
    target = require_object(call, call.data["objectId"], "objectId")
    return {"url": object_url(target.id)}


@handles_v2("searchEntity")
def _search_entity(call: V2Call) -> list[dict[str, Any]]:
    term = call.data["term"].casefold()
    vendors = [vendor for vendor in VENDOR.records(call) if not vendor.archived and term in vendor.name.casefold()]
    vendors.sort(key=lambda vendor: (vendor.name.casefold(), vendor.id))
    return [VENDOR.wire(call, vendor) for vendor in vendors]


register_entity(USER)
register_entity(PROFILE)
register_entity(BANK_ACCOUNT)
