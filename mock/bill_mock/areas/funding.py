"""Funding accounts: the organization's bank accounts and who may use them, plus read-only cards, AP cards
and permissions.

BILL's rules kept here: adding a bank account needs an MFA-trusted session and an administrator; a new
account is PENDING and the default for neither payables nor receivables; the sandbox deposit (0.50)
verifies it and three wrong deposits lock it; only a VERIFIED account can be changed, archived, nominated
for or paid from, and paying from it needs a VERIFIED, unarchived user of it. The one who adds an account
is its first verified user. Cards and AP cards cannot be added through the API, so every organization gets
a small fixed set of them the first time one is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ap import require_active_vendor
from bill_mock.clock import format_timestamp
from bill_mock.errors import BillError
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, ORDERING, Field, Listing
from bill_mock.rules.sessions import Caller
from bill_mock.sandbox import BANK_VERIFICATION_DEPOSIT
from bill_mock.state import Store

__all__ = [
    "PAYING_ROLES",
    "VERIFIED",
    "BankAccount",
    "CardAccount",
    "FundingTables",
    "bank_account_in",
    "bank_accounts_of",
    "business_rule",
    "card_status",
    "cards_of",
    "funding_tables",
    "require_administrator",
    "require_trusted_session",
    "require_usable_funding",
    "role_type",
    "verified_user",
]

PREFIX_BANK_ACCOUNT = "bac"
PREFIX_BANK_ACCOUNT_USER = "0bu"  # BILL does not document this prefix; the spec allows any 20 characters
PREFIX_CARD_ACCOUNT = "cat"
PREFIX_AP_CARD = "0ap"  # likewise undocumented

PENDING, VERIFIED, LOCKED = "PENDING", "VERIFIED", "LOCKED"
NOMINATED, UNVERIFIED = "NOMINATED", "UNVERIFIED"
MAX_VERIFICATION_ATTEMPTS = 3
PAYING_ROLES = frozenset({"ADMINISTRATOR", "PAYER"})
"""The default roles that may make online payments."""

_CENT = Decimal("0.01")


@dataclass(slots=True)
class BankAccount:
    id: str
    organization_id: str
    created_by: str
    name_on_account: str
    routing_number: str
    account_number: str
    type: str
    owner_type: str
    bank_name: str
    created: datetime
    updated: datetime
    access_to_admins: bool = False
    chart_of_account_id: str | None = None
    status: str = PENDING
    payables: bool = False
    receivables: bool = False
    archived: bool = False
    failed_verifications: int = 0


@dataclass(slots=True)
class BankAccountUser:
    id: str
    organization_id: str
    bank_account_id: str
    user_id: str
    verification_status: str
    created: datetime
    updated: datetime
    archived: bool = False


@dataclass(frozen=True, slots=True)
class CardAccount:
    id: str
    organization_id: str
    brand: str
    type: str
    issuing_bank_name: str
    last4: str
    expiration_year: str
    expiration_month: str
    holder_status: str
    """The verification status every administrator of the organization has on this card."""
    created: datetime
    default_payables: bool = False


@dataclass(frozen=True, slots=True)
class CardAccountUser:
    card_account_id: str
    user_id: str
    verification_status: str


@dataclass(frozen=True, slots=True)
class ApCard:
    id: str
    organization_id: str
    status: str
    name_on_account: str
    balance: float
    limit: float
    created: datetime


@dataclass
class FundingTables:
    bank_accounts: dict[str, BankAccount] = field(default_factory=dict)
    bank_account_users: dict[str, BankAccountUser] = field(default_factory=dict)
    cards: dict[str, CardAccount] = field(default_factory=dict)
    ap_cards: dict[str, ApCard] = field(default_factory=dict)
    seeded: set[str] = field(default_factory=set)
    """Organizations whose cards and AP cards exist already."""


def funding_tables(store: Store) -> FundingTables:
    return store.area(FundingTables)


# rules shared with payments


def role_type(store: Store, user_id: str) -> str:
    """The type (ADMINISTRATOR, PAYER, ...) of the user's role."""
    return store.roles[store.users[user_id].role_id].type


def business_rule(message: str, status: int = 400) -> BillError:
    """A request the schema allows but BILL's rules refuse; the message says what to do instead."""
    return BillError(status, "BDC_1119", message, category="APPLICATION")


_V3_MFA_ADVICE = (
    "Validate an MFA challenge (POST /v3/mfa/challenge, then /v3/mfa/challenge/validate) or step up with a "
    "rememberMeId, then try again."
)


def require_trusted_session(caller: Caller, what: str, advice: str = _V3_MFA_ADVICE) -> None:
    """BILL's refusal of an MFA-protected call from an untrusted session; `advice` says how to get trusted
    (v2 names its own endpoints), so both APIs refuse with the same code."""
    if not caller.session.trusted:
        raise BillError(403, "BDC_1361", f"{what} needs an MFA-trusted session. {advice}")


def require_administrator(store: Store, caller: Caller, what: str) -> None:
    if role_type(store, caller.user_id) != "ADMINISTRATOR":
        raise errors.wrong_scope(f"Only a user with the ADMINISTRATOR role can {what}; sign in as an administrator.")


def bank_account_in(store: Store, organization_id: str, bank_account_id: str) -> BankAccount:
    account = funding_tables(store).bank_accounts.get(bank_account_id)
    if account is None or account.organization_id != organization_id:
        raise errors.not_found("bank account", bank_account_id)
    return account


def require_usable_funding(store: Store, caller: Caller, funding: Mapping[str, Any]) -> None:
    """The payment's funding account exists in the organization and the caller may pay from it now."""
    kind = funding["type"]
    if kind == "WALLET":
        return  # the organization's BILL balance: no account id
    account_id = funding.get("id")
    if account_id is None:
        raise errors.missing_field("fundingAccount.id")
    organization_id = caller.organization_id or ""
    if kind == "BANK_ACCOUNT":
        account = bank_account_in(store, organization_id, account_id)
        _require_verified(account, "pay from it")
        if verified_user(store, account, caller.user_id) is None:
            raise business_rule(
                "You are not a verified user of this bank account; ask an administrator to nominate you and "
                "finish identity verification, or pay from another account."
            )
    elif kind == "CARD_ACCOUNT":
        card = cards_of(store, organization_id).get(account_id)
        if card is None:
            raise errors.not_found("card account", account_id)
        if card_status(store, card, caller.user_id) != VERIFIED:
            raise business_rule("You are not a verified user of this card account; pay with another account.")
    else:  # AP_CARD
        ap_card = ap_cards_of(store, organization_id).get(account_id)
        if ap_card is None:
            raise errors.not_found("AP Card", account_id)
        if ap_card.status != "ACTIVE":
            raise business_rule(f"This AP Card is {ap_card.status}; pay with an ACTIVE AP Card or another account.")


# bank accounts


def _checksum_ok(routing_number: str) -> bool:
    """ABA routing numbers: 3, 7, 1 weighted digits sum to a multiple of ten."""
    weights = (3, 7, 1) * 3
    return sum(int(digit) * weight for digit, weight in zip(routing_number, weights, strict=True)) % 10 == 0


def create_bank_account(store: Store, now: datetime, caller: Caller, fields: Mapping[str, Any]) -> BankAccount:
    require_trusted_session(caller, "Adding a bank account")
    require_administrator(store, caller, "add a bank account")
    if not _checksum_ok(fields["routingNumber"]):
        raise errors.invalid_field("routingNumber", fields["routingNumber"])
    tables = funding_tables(store)
    account = BankAccount(
        id=store.ids.object_id(PREFIX_BANK_ACCOUNT),
        organization_id=caller.organization_id or "",
        created_by=caller.user_id,
        name_on_account=fields["nameOnAccount"],
        routing_number=fields["routingNumber"],
        account_number=fields["accountNumber"],
        type=fields["type"],
        owner_type=fields["ownerType"],
        bank_name=fields["bankName"],
        created=now,
        updated=now,
        access_to_admins=fields.get("accessToAdmins", False),
        chart_of_account_id=fields.get("chartOfAccountId"),
    )
    tables.bank_accounts[account.id] = account
    _add_user(store, now, account, caller.user_id, VERIFIED)
    return account


def verify_bank_account(store: Store, now: datetime, caller: Caller, bank_account_id: str, amount: float) -> bool:
    """True when the deposit matches; a third wrong one locks the account for good."""
    account = bank_account_in(store, caller.organization_id or "", bank_account_id)
    if account.archived:
        raise business_rule("This bank account is archived; add a new bank account instead.")
    if account.status == VERIFIED:
        return True
    if account.status == LOCKED:
        raise business_rule(
            "This bank account is locked after three failed verification attempts; add a new bank account."
        )
    if Decimal(str(amount)).quantize(_CENT) == Decimal(BANK_VERIFICATION_DEPOSIT):
        account.status = VERIFIED
        account.failed_verifications = 0
    else:
        account.failed_verifications += 1
        if account.failed_verifications >= MAX_VERIFICATION_ATTEMPTS:
            account.status = LOCKED
    account.updated = now
    return account.status == VERIFIED


_UPDATABLE = {
    "nameOnAccount": "name_on_account",
    "ownerType": "owner_type",
    "bankName": "bank_name",
    "accessToAdmins": "access_to_admins",
    "chartOfAccountId": "chart_of_account_id",
}


def update_bank_account(
    store: Store, now: datetime, caller: Caller, bank_account_id: str, fields: Mapping[str, Any]
) -> BankAccount:
    organization_id = caller.organization_id or ""
    account = bank_account_in(store, organization_id, bank_account_id)
    if account.archived:
        raise business_rule("This bank account is archived and cannot be changed.")
    _require_verified(account, "change it")
    for wire_name, attribute in _UPDATABLE.items():
        if wire_name in fields:
            setattr(account, attribute, fields[wire_name])
    for role, wanted in (fields.get("default") or {}).items():
        if wanted:  # one default per role: the other accounts give it up
            for other in funding_tables(store).bank_accounts.values():
                if other.organization_id == organization_id and other is not account and getattr(other, role):
                    setattr(other, role, False)
                    other.updated = now
        setattr(account, role, wanted)
    account.updated = now
    return account


def archive_bank_account(store: Store, now: datetime, caller: Caller, bank_account_id: str) -> BankAccount:
    account = bank_account_in(store, caller.organization_id or "", bank_account_id)
    if account.archived:
        return account
    _require_verified(account, "archive it")
    if verified_user(store, account, caller.user_id) is None:
        raise business_rule(
            "Only a verified user of this bank account can archive it; sign in as one, or nominate yourself first."
        )
    account.archived = True
    account.payables = account.receivables = False
    account.updated = now
    return account


def _require_verified(account: BankAccount, what: str) -> None:
    if account.status != VERIFIED:
        raise business_rule(
            f"This bank account is {account.status}; verify it with "
            f"POST /v3/funding-accounts/banks/{account.id}/verify before you {what}."
        )


# bank account users


def _add_user(store: Store, now: datetime, account: BankAccount, user_id: str, status: str) -> BankAccountUser:
    record = BankAccountUser(
        id=store.ids.object_id(PREFIX_BANK_ACCOUNT_USER),
        organization_id=account.organization_id,
        bank_account_id=account.id,
        user_id=user_id,
        verification_status=status,
        created=now,
        updated=now,
    )
    funding_tables(store).bank_account_users[record.id] = record
    return record


def bank_accounts_of(store: Store, organization_id: str) -> list[BankAccount]:
    """The organization's bank accounts that are not archived."""
    accounts = funding_tables(store).bank_accounts.values()
    return [account for account in accounts if account.organization_id == organization_id and not account.archived]


def _active_user(store: Store, account: BankAccount, user_id: str) -> BankAccountUser | None:
    return next(
        (
            record
            for record in funding_tables(store).bank_account_users.values()
            if record.bank_account_id == account.id and record.user_id == user_id and not record.archived
        ),
        None,
    )


def verified_user(store: Store, account: BankAccount, user_id: str) -> BankAccountUser | None:
    record = _active_user(store, account, user_id)
    return record if record is not None and record.verification_status == VERIFIED else None


def nominate(store: Store, now: datetime, caller: Caller, bank_account_id: str, user_id: str) -> None:
    organization_id = caller.organization_id or ""
    account = bank_account_in(store, organization_id, bank_account_id)
    if account.archived:
        raise business_rule("This bank account is archived; nominate users of an active account.")
    _require_verified(account, "nominate users")
    user = store.users.get(user_id)
    if user is None or user.organization_id != organization_id:
        raise errors.not_found("user", user_id)
    if user.archived:
        raise business_rule("This user is archived; restore the user before nominating them.")
    if _active_user(store, account, user_id) is None:
        _add_user(store, now, account, user_id, NOMINATED)


def archive_user(store: Store, now: datetime, organization_id: str, bank_account_user_id: str) -> BankAccountUser:
    record = funding_tables(store).bank_account_users.get(bank_account_user_id)
    if record is None or record.organization_id != organization_id:
        raise errors.not_found("bank account user", bank_account_user_id)
    if not record.archived:
        record.archived = True
        record.verification_status = UNVERIFIED
        record.updated = now
    return record


# cards and AP cards: fixed data, one set per organization


def _seed(store: Store, organization_id: str) -> None:
    tables = funding_tables(store)
    if organization_id in tables.seeded:
        return
    tables.seeded.add(organization_id)
    since = store.organizations[organization_id].created
    for brand, kind, last4, status, default in (
        ("visa", "CREDIT_CARD", "4242", VERIFIED, True),
        ("mastercard", "DEBIT_CARD", "5454", NOMINATED, False),
    ):
        card = CardAccount(
            id=store.ids.object_id(PREFIX_CARD_ACCOUNT),
            organization_id=organization_id,
            brand=brand,
            type=kind,
            issuing_bank_name="Mock Card Bank",
            last4=last4,
            expiration_year="2030",
            expiration_month="12",
            holder_status=status,
            created=since,
            default_payables=default,
        )
        tables.cards[card.id] = card
    for status, balance, limit in (("ACTIVE", 0.0, 25000.0), ("INACTIVE", 0.0, 5000.0)):
        ap_card = ApCard(
            id=store.ids.object_id(PREFIX_AP_CARD),
            organization_id=organization_id,
            status=status,
            name_on_account=store.organizations[organization_id].name,
            balance=balance,
            limit=limit,
            created=since,
        )
        tables.ap_cards[ap_card.id] = ap_card


def cards_of(store: Store, organization_id: str) -> dict[str, CardAccount]:
    _seed(store, organization_id)
    return {key: card for key, card in funding_tables(store).cards.items() if card.organization_id == organization_id}


def ap_cards_of(store: Store, organization_id: str) -> dict[str, ApCard]:
    _seed(store, organization_id)
    return {
        key: card for key, card in funding_tables(store).ap_cards.items() if card.organization_id == organization_id
    }


def _administrators(store: Store, organization_id: str) -> list[str]:
    return [
        user.id
        for user in store.users_of(organization_id)
        if not user.archived and role_type(store, user.id) == "ADMINISTRATOR"
    ]


def card_status(store: Store, card: CardAccount, user_id: str) -> str | None:
    """Administrators hold every seeded card; nobody else holds any."""
    return card.holder_status if user_id in _administrators(store, card.organization_id) else None


def _card_users(store: Store, organization_id: str) -> list[CardAccountUser]:
    administrators = _administrators(store, organization_id)
    return [
        CardAccountUser(card.id, user_id, card.holder_status)
        for card in cards_of(store, organization_id).values()
        for user_id in administrators
    ]


CARD_FUNDING_PURPOSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Inventory", ("Raw materials", "Finished goods")),
    ("Services", ("Professional services", "Maintenance and repair")),
    ("Operations", ("Rent", "Utilities", "Software")),
)
"""The purposes the mock offers for any vendor and brand."""


# wire form


def _bank_account(account: BankAccount) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": account.id,
        "archived": account.archived,
        "status": account.status,
        "createdBy": account.created_by,
        "routingNumber": account.routing_number,
        "accountNumber": "x" * (len(account.account_number) - 4) + account.account_number[-4:],
        "nameOnAccount": account.name_on_account,
        "type": account.type,
        "ownerType": account.owner_type,
        "bankName": account.bank_name,
        "accessToAdmins": account.access_to_admins,
        "default": {"payables": account.payables, "receivables": account.receivables},
    }
    if account.chart_of_account_id is not None:
        wire["chartOfAccountId"] = account.chart_of_account_id
    wire["createdTime"] = format_timestamp(account.created)
    wire["updatedTime"] = format_timestamp(account.updated)
    return wire


def _bank_account_user(record: BankAccountUser) -> dict[str, Any]:
    return {
        "id": record.id,
        "bankAccountId": record.bank_account_id,
        "userId": record.user_id,
        "archived": record.archived,
        "verificationStatus": record.verification_status,
        "createdTime": format_timestamp(record.created),
        "updatedTime": format_timestamp(record.updated),
    }


def _card(card: CardAccount) -> dict[str, Any]:
    return {
        "id": card.id,
        "archived": False,
        "createdBy": "BILL",
        "issuingBankName": card.issuing_bank_name,
        "nameOnAccount": "Sandbox Card",
        "brand": card.brand,
        "type": card.type,
        "status": "ACTIVE",
        "last4": card.last4,
        "expiration": {"year": card.expiration_year, "month": card.expiration_month},
        "default": {"payables": card.default_payables, "receivables": False, "funding": False, "disbursement": False},
        "createdTime": format_timestamp(card.created),
        "updatedTime": format_timestamp(card.created),
    }


def _ap_card(card: ApCard) -> dict[str, Any]:
    return {
        "id": card.id,
        "status": card.status,
        "nameOnAccount": card.name_on_account,
        "balance": card.balance,
        "limit": card.limit,
        "createdTime": format_timestamp(card.created),
        "updatedTime": format_timestamp(card.created),
    }


_TIMES: dict[str, Field[Any]] = {
    "createdTime": Field(lambda item: item.created, kind="datetime", operators=ORDERING, sortable=True),
    "updatedTime": Field(lambda item: item.updated, kind="datetime", operators=ORDERING, sortable=True),
}
_FLAG = frozenset({"eq", "ne"})

BANK_ACCOUNTS: Listing[BankAccount] = Listing(
    "bank-accounts",
    {
        "id": Field(lambda account: account.id),
        "bankAccountId": Field(lambda account: account.id),
        "archived": Field(lambda account: account.archived, kind="boolean", operators=_FLAG),
        "status": Field(lambda account: account.status),
        "type": Field(lambda account: account.type),
        "ownerType": Field(lambda account: account.owner_type),
        "bankName": Field(lambda account: account.bank_name, operators=EQUALITY | {"sw"}, sortable=True),
        **_TIMES,
    },
)
BANK_ACCOUNT_USERS: Listing[BankAccountUser] = Listing(
    "bank-account-users",
    {
        "id": Field(lambda record: record.id),
        "bankAccountId": Field(lambda record: record.bank_account_id),
        "userId": Field(lambda record: record.user_id),
        "archived": Field(lambda record: record.archived, kind="boolean", operators=_FLAG, sortable=True),
        "verificationStatus": Field(lambda record: record.verification_status),
        **_TIMES,
    },
)
CARD_ACCOUNT_USERS: Listing[CardAccountUser] = Listing(
    "card-account-users",
    {
        "cardAccountId": Field(lambda record: record.card_account_id),
        "userId": Field(lambda record: record.user_id),
        "verificationStatus": Field(lambda record: record.verification_status, sortable=True),
    },
)


# handlers


@handles("listBankAccounts")
def _list_bank_accounts(call: Call) -> Reply:
    owned = [a for a in funding_tables(call.store).bank_accounts.values() if a.organization_id == call.organization_id]
    listed = BANK_ACCOUNTS.page(owned, call.list_query())
    return Reply(body=render.page([_bank_account(account) for account in listed.results], listed))


@handles("createBankAccount")
def _create_bank_account(call: Call) -> Reply:
    return Reply(201, _bank_account(create_bank_account(call.store, call.now, call.who, call.body)))


@handles("getBankAccount")
def _get_bank_account(call: Call) -> Reply:
    return Reply(body=_bank_account(bank_account_in(call.store, call.organization_id, call.path("bankAccountId"))))


@handles("updateBankAccount")
def _update_bank_account(call: Call) -> Reply:
    account = update_bank_account(call.store, call.now, call.who, call.path("bankAccountId"), call.body)
    return Reply(body=_bank_account(account))


@handles("archiveBankAccount")
def _archive_bank_account(call: Call) -> Reply:
    return Reply(body=_bank_account(archive_bank_account(call.store, call.now, call.who, call.path("bankAccountId"))))


@handles("verifyBankAccount")
def _verify_bank_account(call: Call) -> Reply:
    amount = call.body["depositAmount"]
    return Reply(
        body={"verified": verify_bank_account(call.store, call.now, call.who, call.path("bankAccountId"), amount)}
    )


@handles("listBankAccountUsers")
def _list_bank_account_users(call: Call) -> Reply:
    mine_only = bool(call.request.query.get("currentUser", False))
    records = [
        record
        for record in funding_tables(call.store).bank_account_users.values()
        if record.organization_id == call.organization_id and (not mine_only or record.user_id == call.who.user_id)
    ]
    listed = BANK_ACCOUNT_USERS.page(records, call.list_query())
    return Reply(body=render.page([_bank_account_user(record) for record in listed.results], listed))


@handles("nominateBankAccountUser")
def _nominate_bank_account_user(call: Call) -> Reply:
    nominate(call.store, call.now, call.who, call.body["bankAccountId"], call.body["userId"])
    return Reply(body={"status": "SUCCESS"})


@handles("archiveBankAccountUser")
def _archive_bank_account_user(call: Call) -> Reply:
    record = archive_user(call.store, call.now, call.organization_id, call.path("bankAccountUserId"))
    return Reply(body=_bank_account_user(record))


@handles("listCardAccounts")
def _list_card_accounts(call: Call) -> Reply:
    wanted = call.request.query["cardUserStatus"]
    cards = cards_of(call.store, call.organization_id).values()
    held = [card for card in cards if card_status(call.store, card, call.who.user_id) == wanted]
    rates: dict[str, Any] = {"funding": {"creditCardRate": 2.9, "debitCardRate": 2.9}}
    default = next((card.id for card in cards if card.default_payables), None)
    if default is not None:
        rates = {"defaultCardAccountId": default, **rates}
    return Reply(body={"rates": rates, "cards": [_card(card) for card in held]})


@handles("getCardAccount")
def _get_card_account(call: Call) -> Reply:
    card = cards_of(call.store, call.organization_id).get(call.path("cardAccountId"))
    if card is None:
        raise errors.not_found("card account", call.path("cardAccountId"))
    return Reply(body=_card(card))


@handles("listCardAccountUsers")
def _list_card_account_users(call: Call) -> Reply:
    mine_only = bool(call.request.query.get("currentUser", False))
    records = [
        record
        for record in _card_users(call.store, call.organization_id)
        if not mine_only or record.user_id == call.who.user_id
    ]
    listed = CARD_ACCOUNT_USERS.page(records, call.list_query())
    wire = [
        {
            "cardAccountId": record.card_account_id,
            "userId": record.user_id,
            "archived": False,
            "verificationStatus": record.verification_status,
        }
        for record in listed.results
    ]
    return Reply(body=render.page(wire, listed))


@handles("listCardFundingPurposes")
def _list_card_funding_purposes(call: Call) -> Reply:
    require_active_vendor(call.store, call.organization_id, call.request.query["vendorId"])
    results = [{"category": category, "subCategories": list(subs)} for category, subs in CARD_FUNDING_PURPOSES]
    return Reply(body={"results": results})


@handles("listApCards")
def _list_ap_cards(call: Call) -> Reply:
    return Reply(body=[_ap_card(card) for card in ap_cards_of(call.store, call.organization_id).values()])


@handles("getFundingAccountPermissions")
def _get_funding_account_permissions(call: Call) -> Reply:
    return Reply(
        body={
            "organization": {
                "card": {"payByCard": True, "fundingEnabled": True, "amexAllowed": False},
                "wallet": {"fundingEnabled": True},
            },
            "user": {"payOnline": role_type(call.store, call.who.user_id) in PAYING_ROLES},
        }
    )
