"""The BILL Network: a directory to search, and connections between an organization's vendor and customer
records and the network organizations they stand for.

The directory is a small fixed set of members (a few BILL organizations and a few verified national
vendors, RPPS, whose network ids start `0rv`) plus every organization in the store. Store organizations
take connection requests by invitation, so one of them can accept what another sent; of the fixed
members some connect at once and the others leave a request pending, and RPPS vendors always connect at
once. Network ids (PNIs) of BILL organizations are the mock's own form: `pni02` and 15 characters
derived from the organization id, so they are stable across resets.

Rules kept here: a BILL-network search needs a whole word of at least three characters (anything less
finds nothing); an RPPS search matches part of a name and can be narrowed by postal code and account
number; a vendor or customer has at most one connection or pending request, which must be deleted before
another is sent; an organization cannot connect to itself; RPPS is for vendors only and needs the
account number; accepting needs a pending request from that network id, of the matching type, and either
an existing record or a name for a new one. The per-user limit on requests that send email is the
mock's limits module's, not this one's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from bill_mock import errors
from bill_mock.areas import ap, ap_vendors, ar, ar_customers
from bill_mock.errors import BillError
from bill_mock.handlers import Call, Reply, handles
from bill_mock.ids import ALPHANUMERIC
from bill_mock.rules import partner
from bill_mock.state import Organization, Store

__all__ = [
    "CONNECTED",
    "CONNECTED_RPPS",
    "DIRECTORY",
    "NOT_CONNECTED",
    "PENDING",
    "Connection",
    "Member",
    "NetworkTables",
    "accept",
    "connect",
    "connection_status",
    "disconnect",
    "network_id",
    "search",
]

NOT_CONNECTED = "NOT_CONNECTED"
PENDING = "PENDING"
CONNECTED = "CONNECTED"
CONNECTED_RPPS = "CONNECTED_RPPS"

Network = Literal["BILL", "RPPS"]
Party = Literal["VENDOR", "CUSTOMER"]

PNI_PREFIX = "pni"
"""The mock's choice for BILL organizations' network ids; BILL documents only RPPS's `0rv`."""
MIN_WORD = 3
"""The shortest name a BILL-network search answers."""


@dataclass(frozen=True, slots=True)
class Member:
    """An organization in the network, as a search shows it."""

    id: str
    name: str
    network: Network
    addresses: tuple[Mapping[str, str], ...]
    manager: Mapping[str, str] | None = None
    auto_connect: bool = False
    """Connects at once instead of waiting for the invited organization to accept."""
    account_number: str | None = None
    """RPPS only: the pattern of the account numbers the vendor issues."""
    organization_id: str | None = None
    """The store organization behind the member, for BILL organizations that use the mock."""

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {"id": self.id, "name": self.name, "addresses": [dict(a) for a in self.addresses]}
        if self.manager:
            wire["managedBy"] = dict(self.manager)
        return wire


def _address(line1: str, city: str, state: str, zip_code: str, address_id: str | None = None) -> dict[str, str]:
    wire = {"line1": line1, "city": city, "stateOrProvince": state, "zipOrPostalCode": zip_code, "country": "US"}
    return {"id": address_id, **wire} if address_id else wire


DIRECTORY: tuple[Member, ...] = (
    Member(
        "pni02HappyMusicSup01",
        "Happy Music Supplies",
        "BILL",
        (_address("123 Main Street", "San Jose", "CA", "95002"),),
        {
            "name": "Happy Music Supplies",
            "email": "info@happymusicsupplies.org",
            "emailDomain": "happymusicsupplies.org",
        },
    ),
    Member(
        "pni02AcmeOfficeSupp1",
        "Acme Office Supplies",
        "BILL",
        (_address("500 Market Street", "San Francisco", "CA", "94105"),),
        {"name": "Acme Office Supplies", "email": "billing@acme-office.example", "emailDomain": "acme-office.example"},
        auto_connect=True,
    ),
    Member(
        "pni02BlueSkyCaterng1",
        "Blue Sky Catering",
        "BILL",
        (_address("77 Harbor Road", "Austin", "TX", "78701"),),
        auto_connect=True,
    ),
    Member(
        "0rv02PacificPowerLt1",
        "Pacific Power and Light",
        "RPPS",
        (
            _address("PO Box 8329", "Stockton", "CA", "95208", "0rv02PacificPowerAd1"),
            _address("PO Box 997300", "Sacramento", "CA", "95899", "0rv02PacificPowerAd2"),
        ),
        account_number=r"\d{10}",
    ),
    Member(
        "0rv02MetroCableCo001",
        "Metro Cable Company",
        "RPPS",
        (_address("PO Box 60533", "City of Industry", "CA", "91716", "0rv02MetroCableAddr1"),),
        account_number=r"8\d{15}",
    ),
    Member(
        "0rv02CitywideWater01",
        "Citywide Water and Power",
        "RPPS",
        (_address("PO Box 30808", "Los Angeles", "CA", "90030", "0rv02CitywideWaterA1"),),
        account_number=r"\d{6}-\d{4}",
    ),
)


@dataclass(slots=True)
class Connection:
    """The link of one vendor or customer record to a network organization, pending or made."""

    record_id: str
    organization_id: str
    party: Party
    """What the record is in its organization."""
    status: str
    created: datetime
    network_id: str | None = None
    """None while an email invitation waits for an organization that is not in the network yet."""
    email: str | None = None


@dataclass
class NetworkTables:
    connections: dict[str, Connection] = field(default_factory=dict)
    """By vendor or customer id."""


def _tables(store: Store) -> NetworkTables:
    return store.area(NetworkTables)


# the directory


def network_id(organization_id: str) -> str:
    """A store organization's PNI: the same for the same organization, after any reset."""
    digest = hashlib.sha256(f"pni:{organization_id}".encode()).digest()
    return PNI_PREFIX + "02" + "".join(ALPHANUMERIC[byte % len(ALPHANUMERIC)] for byte in digest[:15])


def _member_of(store: Store, org: Organization) -> Member:
    address = org.details.get("address")
    admin = next(
        (
            user
            for user in store.users_of(org.id)
            if not user.archived and store.roles[user.role_id].type == partner.DEFAULT_ROLE
        ),
        None,
    )
    manager = None
    if admin is not None:
        manager = {"name": org.name, "email": admin.email, "emailDomain": admin.email.rpartition("@")[2]}
    return Member(
        network_id(org.id),
        org.name,
        "BILL",
        (dict(address),) if isinstance(address, Mapping) else (),
        manager,
        organization_id=org.id,
    )


def members(store: Store) -> list[Member]:
    return [*DIRECTORY, *(_member_of(store, org) for org in store.organizations.values() if not org.archived)]


def find_member(store: Store, member_id: str) -> Member | None:
    return next((member for member in members(store) if member.id == member_id), None)


def search(
    store: Store,
    name: str,
    networks: frozenset[Network],
    zip_code: str | None = None,
    account_number: str | None = None,
) -> list[Member]:
    """BILL members whose name has every searched word; RPPS members whose name contains the text."""
    return [
        member
        for member in members(store)
        if member.network in networks
        and _name_matches(member, name)
        and _account_matches(member, account_number)
        and _zip_matches(member, zip_code)
    ]


def _name_matches(member: Member, text: str) -> bool:
    if member.network == "BILL":
        words = _words(text)
        return len(text.strip()) >= MIN_WORD and bool(words) and words <= _words(member.name)
    return text.strip().casefold() in member.name.casefold()


def _account_matches(member: Member, account_number: str | None) -> bool:
    """The account-number filter narrows RPPS vendors only: BILL organizations issue no such numbers."""
    if member.network != "RPPS" or account_number is None:
        return True
    return re.fullmatch(member.account_number or "", account_number) is not None


def _zip_matches(member: Member, zip_code: str | None) -> bool:
    return zip_code is None or any(
        str(address.get("zipOrPostalCode", "")).startswith(zip_code) for address in member.addresses
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _networks(query: Mapping[str, Any]) -> frozenset[Network]:
    """The networks to search: `networks` or `scope`, which must agree when both are sent; BILL by default."""
    scope = query.get("scope")
    by_scope: frozenset[Network] | None = None
    if scope is not None:
        by_scope = frozenset(("BILL", "RPPS")) if scope == "ALL" else frozenset((scope,))
    listed = query.get("networks")
    by_list: frozenset[Network] | None = None
    if listed is not None:
        by_list = frozenset(part for part in ("BILL", "RPPS") if part in str(listed).split(","))
    if by_scope is not None and by_list is not None and by_scope != by_list:
        raise BillError(400, "BDC_1129", "Invalid value for parameter: scope. Send scope or networks, not both.")
    return by_list or by_scope or frozenset(("BILL",))


# connections


def connection_status(store: Store, record_id: str) -> Connection | None:
    return _tables(store).connections.get(record_id)


def connect(
    store: Store,
    now: datetime,
    organization_id: str,
    party: Party,
    record_id: str,
    fields: Mapping[str, Any],
) -> Connection:
    """A connection request from one of the organization's records to the network organization named."""
    _check_unconnected(store, party, record_id)
    target = fields["networkId"]
    network_type = fields["networkType"]
    member = find_member(store, target)
    if member is None or member.network != network_type:
        raise _refused("networkId", target, f"No {network_type} network organization has this id; search for it first.")
    if member.organization_id == organization_id:
        raise _refused("networkId", target, "This is your own organization; connect to another one.")
    if member.network == "RPPS":
        if party == "CUSTOMER":
            raise _refused("networkType", network_type, "Verified national vendors are vendors only; use BILL.")
        rpps = fields.get("rppsInformation")
        if not isinstance(rpps, Mapping):
            raise errors.missing_field("rppsInformation")
        if not re.fullmatch(member.account_number or "", str(rpps["accountNumber"])):
            raise _refused(
                "rppsInformation.accountNumber", rpps["accountNumber"], "It is not an account number of this vendor."
            )
        if "addressId" in rpps and rpps["addressId"] not in {address.get("id") for address in member.addresses}:
            raise _refused("rppsInformation.addressId", rpps["addressId"], "Use an address id from the search result.")
        status = CONNECTED_RPPS
    else:
        status = CONNECTED if member.auto_connect else PENDING
    return _store(store, Connection(record_id, organization_id, party, status, now, network_id=member.id))


def invite_by_email(store: Store, now: datetime, organization_id: str, vendor_id: str, email: str) -> Connection:
    """An invitation to an organization that is not in the network yet: pending until it joins."""
    _check_unconnected(store, "VENDOR", vendor_id)
    return _store(store, Connection(vendor_id, organization_id, "VENDOR", PENDING, now, email=email))


def disconnect(store: Store, party: Party, record_id: str) -> None:
    """Ends a connection on both sides, or withdraws a request (the invited side held nothing yet)."""
    connections = _tables(store).connections
    removed = connections.pop(record_id, None)
    if removed is None:
        raise errors.not_found(f"connection or connection request for {party.lower()}", record_id)
    _show_on_vendor(store, record_id)
    other_side = _counterpart(store, removed)
    if other_side is not None:
        del connections[other_side.record_id]
        _show_on_vendor(store, other_side.record_id)


def _counterpart(store: Store, connection: Connection) -> Connection | None:
    """The other organization's record of the same connection: the opposite party, pointing back."""
    if connection.network_id is None:
        return None
    own = network_id(connection.organization_id)
    return next(
        (
            other
            for other in _tables(store).connections.values()
            if other.party != connection.party
            and other.network_id == own
            and network_id(other.organization_id) == connection.network_id
        ),
        None,
    )


def accept(
    store: Store,
    now: datetime,
    organization_id: str,
    user_id: str,
    fields: Mapping[str, Any],
) -> Connection:
    """Connects the organization with the one that sent it a request, through an existing or a new record."""
    sender_pni, party = fields["networkId"], fields["type"]
    request = _pending_request(store, organization_id, sender_pni)
    # The sender's record is the opposite of what the sender is to us: its vendor record means it is our customer.
    expected: Party = "CUSTOMER" if request.party == "VENDOR" else "VENDOR"
    if party != expected:
        raise _refused(
            "type", party, f"This organization asked to connect as your {expected.lower()}; send {expected}."
        )
    record_id = _receiving_record(store, now, organization_id, user_id, expected, fields, sender_pni)
    _check_unconnected(store, expected, record_id)
    request.status = CONNECTED
    _show_on_vendor(store, request.record_id)
    return _store(store, Connection(record_id, organization_id, expected, CONNECTED, now, network_id=sender_pni))


def _pending_request(store: Store, organization_id: str, sender_pni: str) -> Connection:
    own = network_id(organization_id)
    for connection in _tables(store).connections.values():
        if (
            connection.status == PENDING
            and connection.network_id == own
            and network_id(connection.organization_id) == sender_pni
        ):
            return connection
    raise _refused("networkId", sender_pni, "No organization with this id has a pending request to connect with you.")


def _receiving_record(
    store: Store,
    now: datetime,
    organization_id: str,
    user_id: str,
    party: Party,
    fields: Mapping[str, Any],
    sender_pni: str,
) -> str:
    """The id of the record that stands for the sender: the one named, or a new one under the name sent."""
    record_id, name = fields.get("id"), fields.get("name")
    if (record_id is None) == (name is None):
        raise BillError(400, "BDC_1117", "Missing required data for: id or name. Send exactly one of them.")
    if record_id is not None:
        if party == "VENDOR":
            return ap.require_active_vendor(store, organization_id, str(record_id), "id").id
        return ar.customer_in_body(store, organization_id, str(record_id), "id").id
    # BILL fills the new record in from the sender's details: its address, and the email of its manager.
    sender = find_member(store, sender_pni)
    address = dict(sender.addresses[0]) if sender and sender.addresses else None
    email = sender.manager.get("email") if sender and sender.manager else None
    if party == "VENDOR":
        vendor = {"name": str(name), **({"address": address} if address else {}), **({"email": email} if email else {})}
        return ap_vendors.create_vendor(store, now, organization_id, user_id, vendor).id
    if email is None:
        raise _refused("name", name, "The sender has no email on file; create the customer, then accept with its id.")
    customer = {"name": str(name), "email": email, **({"billingAddress": address} if address else {})}
    return ar_customers.add_customer(store, now, organization_id, customer).id


def _check_unconnected(store: Store, party: Party, record_id: str) -> None:
    existing = _tables(store).connections.get(record_id)
    if existing is not None:
        raise _refused(
            f"{party.lower()}Id",
            record_id,
            f"It already has a {existing.status.lower().replace('_', ' ')} connection; delete that first.",
        )


def _store(store: Store, connection: Connection) -> Connection:
    _tables(store).connections[connection.record_id] = connection
    _show_on_vendor(store, connection.record_id)
    return connection


def _show_on_vendor(store: Store, record_id: str) -> None:
    """A vendor's `networkStatus` is its connection's status: kept on the vendor so every read of it agrees."""
    vendor = ap.ap_tables(store).vendors.get(record_id)
    if vendor is not None:
        connection = _tables(store).connections.get(record_id)
        vendor.network_status = connection.status if connection is not None else NOT_CONNECTED


def _refused(field_name: str, value: object, advice: str) -> BillError:
    """BILL's invalid-value error (400 BDC_1119) with a sentence on what to do instead."""
    return BillError(400, "BDC_1119", f"{errors.invalid_field(field_name, value).message}. {advice}")


# wire


def _status_wire(record_id: str, connection: Connection | None) -> dict[str, Any]:
    wire: dict[str, Any] = {"id": record_id, "status": connection.status if connection else NOT_CONNECTED}
    if connection is not None and connection.network_id is not None:
        wire["networkId"] = connection.network_id
    return wire


def _results(found: Iterable[Member]) -> dict[str, Any]:
    return {"results": [member.to_wire() for member in found]}


# handlers


@handles("searchNetwork")
def _search(call: Call) -> Reply:
    query = call.request.query
    found = search(
        call.store, query["name"], _networks(query), query.get("zipOrPostalCode"), query.get("accountNumber")
    )
    return Reply(body=_results(found))


@handles("createVendorInvitation")
def _invite_vendor(call: Call) -> Reply:
    vendor = _active_vendor(call)
    connect(call.store, call.now, call.organization_id, "VENDOR", vendor.id, call.body)
    return Reply()


@handles("getVendorInvitation")
def _vendor_status(call: Call) -> Reply:
    vendor = ap.require_vendor(call.store, call.organization_id, call.path("vendorId"))
    return Reply(body=_status_wire(vendor.id, connection_status(call.store, vendor.id)))


@handles("deleteVendorInvitation")
def _disconnect_vendor(call: Call) -> Reply:
    vendor = ap.require_vendor(call.store, call.organization_id, call.path("vendorId"))
    disconnect(call.store, "VENDOR", vendor.id)
    return Reply()


@handles("inviteVendorNotInBillNetwork")
def _invite_vendor_by_email(call: Call) -> Reply:
    vendor = _active_vendor(call)
    invite_by_email(call.store, call.now, call.organization_id, vendor.id, str(call.body["email"]))
    return Reply()


@handles("createCustomerInvitation")
def _invite_customer(call: Call) -> Reply:
    customer_id = ar.ensure_active(ar.require_customer(call.store, call.organization_id, call.path("customerId"))).id
    connect(call.store, call.now, call.organization_id, "CUSTOMER", customer_id, call.body)
    return Reply()


@handles("getCustomerInvitation")
def _customer_status(call: Call) -> Reply:
    customer_id = ar.require_customer(call.store, call.organization_id, call.path("customerId")).id
    return Reply(body=_status_wire(customer_id, connection_status(call.store, customer_id)))


@handles("deleteCustomerInvitation")
def _disconnect_customer(call: Call) -> Reply:
    customer_id = ar.require_customer(call.store, call.organization_id, call.path("customerId")).id
    disconnect(call.store, "CUSTOMER", customer_id)
    return Reply()


@handles("acceptNetworkInvitation")
def _accept(call: Call) -> Reply:
    accept(call.store, call.now, call.organization_id, call.who.user_id, call.body)
    return Reply()


def _active_vendor(call: Call) -> ap.Vendor:
    """The vendor in the path: unknown is 404, archived cannot be connected until restored."""
    vendor = ap.require_vendor(call.store, call.organization_id, call.path("vendorId"))
    if vendor.archived:
        raise _refused("vendorId", vendor.id, "The vendor is archived; restore it before connecting it.")
    return vendor
