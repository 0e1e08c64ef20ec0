"""v2's BILL network operations over v3's network rules (areas/network.py): one directory, one set of
connections, so a connection made through either API shows in both.

    v2                                  v3's rule
    NetworkSearch                       search (networks "0" BILL, "1" verified national vendors = RPPS)
    SendInvite                          connect, to a BILL network organization
    SendVendorInvite                    invite_by_email
    ConnectLargeBillerAsVendor          connect, to an RPPS member (a "large biller")
    GetNetworkStatus                    connection_status
    CancelInvite, Disconnect*           disconnect
    LargeBillerSearch                   search, RPPS only, paged
    GetLargeBillerPaymentAddress        the RPPS member's addresses, paged

v2 names an invitation by a request id, which v3 has no place for: this module keeps one per connection (a
connection made through v3 gets one the first time v2 reports it). A request id stays valid while its
vendor or customer still has that very connection; disconnecting and inviting again makes a new one.

SendInvite and SendVendorInvite need an MFA-trusted session; the app checks that before these handlers run.
The directory's v2-only details (a biller's reference number, line of business, account-number masks) are
derived from the v3 directory entry, so they are stable across resets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bill_mock.areas import ap, ar
from bill_mock.areas import network as v3_network
from bill_mock.areas.network import Connection, Member, Party
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2.handlers import V2Call, handles_v2

__all__ = ["NetworkInvites", "request_id"]

PREFIX_REQUEST = "nrq"
"""The mock's own prefix for invitation request ids; BILL documents none."""
_VENDOR_PREFIX = ap.PREFIX_VENDOR
_CUSTOMER_PREFIX = "0cu"
_RPPS_PREFIX = "0rv"
_NETWORKS: dict[str, v3_network.Network] = {"0": "BILL", "1": "RPPS"}
_STATUS_CODES = {
    v3_network.NOT_CONNECTED: "0",
    v3_network.PENDING: "1",
    v3_network.CONNECTED: "2",
    v3_network.CONNECTED_RPPS: "3",
}
_INVITED = (v3_network.PENDING, v3_network.CONNECTED)
"""Statuses that come from an invitation, and so have a request id."""
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_INVALID = "Invalid field,value: "
_USD = "840"
_LINES_OF_BUSINESS = (("power", "UT"), ("water", "UT"), ("light", "UT"), ("gas", "UT"), ("cable", "CT"))
"""A verified national vendor's line of business, by a word of its name; "OT" (other) otherwise."""


@dataclass(slots=True)
class Invite:
    """v2's name for one connection request."""

    id: str
    organization_id: str
    party: Party
    record_id: str
    connection: Connection
    """v3's connection: the request id is live while the record still has this very connection."""


@dataclass
class NetworkInvites:
    invites: dict[str, Invite] = field(default_factory=dict)
    """By request id."""


def request_id(store: Store, connection: Connection) -> str:
    """The request id of a live connection from an invitation, given it the first time it is asked for."""
    invites = store.area(NetworkInvites).invites
    for invite in invites.values():
        if invite.connection is connection:
            return invite.id
    invite = Invite(
        store.ids.object_id(PREFIX_REQUEST),
        connection.organization_id,
        connection.party,
        connection.record_id,
        connection,
    )
    invites[invite.id] = invite
    return invite.id


# lookups


def _record(call: V2Call, record_id: str, field_name: str, *, active: bool) -> tuple[Party, str]:
    """(party, id) of the caller's vendor or customer named by `field_name`; unknown or foreign is a bad value,
    and with `active` so is an inactive one."""
    archived: bool
    if record_id.startswith(_VENDOR_PREFIX):
        vendor = ap.ap_tables(call.store).vendors.get(record_id)
        if vendor is None or vendor.organization_id != call.organization_id:
            raise invalid_field(field_name, record_id)
        party: Party = "VENDOR"
        archived = vendor.archived
    elif record_id.startswith(_CUSTOMER_PREFIX):
        customer = ar.ar_tables(call.store).customers.get(record_id)
        if customer is None or customer.organization_id != call.organization_id:
            raise invalid_field(field_name, record_id)
        party = "CUSTOMER"
        archived = customer.archived
    else:
        raise invalid_field(field_name, record_id)
    if active and archived:
        entity = "Vendor" if party == "VENDOR" else "Customer"
        raise _refused(
            field_name, record_id, f"The {entity.lower()} is inactive; undelete it (Crud/Undelete/{entity}.json) first."
        )
    return party, record_id


def _large_biller(store: Store, biller_id: str, field_name: str = "largeBillerId") -> Member:
    member = v3_network.find_member(store, biller_id)
    if member is None or member.network != "RPPS":
        raise _refused(
            field_name, biller_id, "No verified national vendor has this id; find one with LargeBillerSearch."
        )
    return member


def _refused(field_name: str, value: object, advice: str) -> BillError:
    return BillError(400, "BDC_1119", f"{invalid_field(field_name, value).message}. {advice}")


def _renamed(error: BillError, names: Mapping[str, str]) -> BillError:
    """A v3 rule's invalid-value error with the field called by its v2 name."""
    if error.code != "BDC_1119" or not error.message.startswith(_INVALID):
        return error
    name, separator, rest = error.message.removeprefix(_INVALID).partition(", ")
    if name not in names:
        return error
    return BillError(error.status, error.code, f"{_INVALID}{names[name]}{separator}{rest}", error.category)


def _page(items: Sequence[Any], data: Mapping[str, Any]) -> list[Any]:
    start: int = data["start"]
    return list(items[start : start + data["max"]])


# search


def _search_result(store: Store, member: Member, rank: int, score: float, mode: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "displayName": member.name,
        "showDisplayNameInNetwork": True,
        "type": "1" if member.network == "RPPS" else "0",
        "networkId": member.id,
        "numberOfConnections": _connections_to(store, member.id),
        "rank": rank,
        "matchScore": score,
        "accountType": "business",
        "matchMode": mode,
    }
    if member.addresses:
        address = member.addresses[0]
        for v2_name, v3_name in (
            ("addressLine1", "line1"),
            ("addressCity", "city"),
            ("addressState", "stateOrProvince"),
            ("addressCountry", "country"),
            ("addressZip", "zipOrPostalCode"),
        ):
            if address.get(v3_name):
                result[v2_name] = address[v3_name]
    if member.manager:
        for v2_name, key in (
            ("managedByName", "name"),
            ("managedByEmail", "email"),
            ("verifiedEmailDomain", "emailDomain"),
        ):
            if member.manager.get(key):
                result[v2_name] = member.manager[key]
    return result


def _connections_to(store: Store, network_id: str) -> int:
    connections = store.area(v3_network.NetworkTables).connections.values()
    made = (v3_network.CONNECTED, v3_network.CONNECTED_RPPS)
    return sum(1 for connection in connections if connection.network_id == network_id and connection.status in made)


def _score(name: str, member: Member) -> float:
    """How close the searched name is to the member's: 1.0 for the whole name, less for a part of it."""
    wanted, found = name.strip().casefold(), member.name.casefold()
    if wanted == found:
        return 1.0
    return round(min(len(wanted) / max(len(found), 1), 0.99), 4)


@handles_v2("networkSearch")
def _network_search(call: V2Call) -> list[dict[str, Any]]:
    data = call.data
    networks = frozenset(_NETWORKS[code] for code in data.get("networks", ["0"]))
    if data.get("forVendor") is False:
        networks -= {"RPPS"}  # verified national vendors are only ever vendors
    name: str = data["name"]
    found = v3_network.search(call.store, name, networks, data.get("addressZip"), data.get("accNumber"))
    scored = sorted(((member, _score(name, member)) for member in found), key=lambda pair: -pair[1])
    mode = ",".join(key for key in ("name", "accNumber", "addressZip") if data.get(key))
    return [_search_result(call.store, member, rank, score, mode) for rank, (member, score) in enumerate(scored, 1)]


# invitations and connections


def _connect(
    call: V2Call, party: Party, record_id: str, fields: Mapping[str, Any], names: Mapping[str, str]
) -> Connection:
    try:
        return v3_network.connect(call.store, call.now, call.organization_id, party, record_id, fields)
    except BillError as error:
        raise _renamed(error, names) from None


@handles_v2("sendInvite")
def _send_invite(call: V2Call) -> dict[str, str]:
    network_id, record = call.data["networkId"], call.data["id"]
    party, record_id = _record(call, record, "id", active=True)
    member = v3_network.find_member(call.store, network_id)
    if member is not None and member.network == "RPPS":
        raise _refused(
            "networkId",
            network_id,
            "This is a verified national vendor; link a vendor to it with ConnectLargeBillerAsVendor.",
        )
    names = {"vendorId": "id", "customerId": "id"}
    connection = _connect(call, party, record_id, {"networkId": network_id, "networkType": "BILL"}, names)
    return {"requestId": request_id(call.store, connection)}


@handles_v2("sendVendorInvite")
def _send_vendor_invite(call: V2Call) -> str:
    vendor_id, email = call.data["vendorId"], call.data["email"]
    if not vendor_id.startswith(_VENDOR_PREFIX):
        raise invalid_field("vendorId", vendor_id)
    _record(call, vendor_id, "vendorId", active=True)
    if not _EMAIL.fullmatch(email):
        raise _refused("email", email, "Send the email address the invitation goes to.")
    connection = v3_network.invite_by_email(call.store, call.now, call.organization_id, vendor_id, email)
    return request_id(call.store, connection)


@handles_v2("cancelInvite")
def _cancel_invite(call: V2Call) -> dict[str, Any]:
    wanted = call.data["id"]
    invite = call.store.area(NetworkInvites).invites.get(wanted)
    if (
        invite is None
        or invite.organization_id != call.organization_id
        or v3_network.connection_status(call.store, invite.record_id) is not invite.connection
    ):
        raise _refused("id", wanted, "No pending invitation of yours has this request id.")
    if invite.connection.status != v3_network.PENDING:
        action = "DisconnectVendorFromNetwork" if invite.party == "VENDOR" else "DisconnectCustomerFromNetwork"
        raise _refused("id", wanted, f"The invitation was accepted; end the connection with {action}.")
    v3_network.disconnect(call.store, invite.party, invite.record_id)
    return {}


@handles_v2("getNetworkStatus")
def _network_status(call: V2Call) -> dict[str, str]:
    _, record_id = _record(call, call.data["id"], "id", active=False)
    connection = v3_network.connection_status(call.store, record_id)
    if connection is None:
        return {"objectId": record_id, "status": _STATUS_CODES[v3_network.NOT_CONNECTED]}
    status = {"objectId": record_id, "status": _STATUS_CODES.get(connection.status, "0")}
    if connection.status in _INVITED:
        status["requestId"] = request_id(call.store, connection)
    if connection.network_id is not None:
        status["networkId"] = connection.network_id
    return status


@handles_v2("disconnectVendorFromNetwork")
def _disconnect_vendor(call: V2Call) -> dict[str, Any]:
    wanted: str = call.data["vendorId"]
    if wanted.startswith(_RPPS_PREFIX):  # the biller: every vendor of the caller's linked to it
        connections = call.store.area(v3_network.NetworkTables).connections
        linked = [
            connection.record_id
            for connection in connections.values()
            if connection.organization_id == call.organization_id
            and connection.party == "VENDOR"
            and connection.network_id == wanted
        ]
        if not linked:
            raise _refused("vendorId", wanted, "None of your vendors is linked to this verified national vendor.")
        for record_id in linked:
            if record_id in connections:
                v3_network.disconnect(call.store, "VENDOR", record_id)
        return {}
    if not wanted.startswith(_VENDOR_PREFIX):
        raise invalid_field("vendorId", wanted)
    _, vendor_id = _record(call, wanted, "vendorId", active=False)
    _disconnect(call, "VENDOR", vendor_id, "vendorId")
    return {}


@handles_v2("disconnectCustomerFromNetwork")
def _disconnect_customer(call: V2Call) -> dict[str, Any]:
    _, customer_id = _record(call, call.data["customerId"], "customerId", active=False)
    _disconnect(call, "CUSTOMER", customer_id, "customerId")
    return {}


def _disconnect(call: V2Call, party: Party, record_id: str, field_name: str) -> None:
    if v3_network.connection_status(call.store, record_id) is None:
        raise _refused(field_name, record_id, "It has no network connection and no pending invitation.")
    v3_network.disconnect(call.store, party, record_id)


# verified national vendors (large billers)


def _address_wire(member: Member, address: Mapping[str, str]) -> dict[str, Any]:
    wire: dict[str, Any] = {"entity": "LargeBillerPaymentAddress", "largeBillerId": member.id}
    for v2_name, v3_name in (
        ("id", "id"),
        ("address1", "line1"),
        ("address2", "line2"),
        ("addressCity", "city"),
        ("addressState", "stateOrProvince"),
        ("addressCountry", "country"),
        ("addressZip", "zipOrPostalCode"),
    ):
        if address.get(v3_name):
            wire[v2_name] = address[v3_name]
    return wire


_MASK_TOKEN = re.compile(r"\\d(?:\{(\d+)\})?|([0-9A-Za-z-])")


def _mask(pattern: str) -> str | None:
    """An account-number pattern as BILL's mask ("#" a digit, anything else itself), or None when the
    pattern is more than digits and fixed characters."""
    mask, position = "", 0
    while position < len(pattern):
        token = _MASK_TOKEN.match(pattern, position)
        if token is None:
            return None
        count, literal = token.group(1), token.group(2)
        mask += literal if literal is not None else "#" * int(count or 1)
        position = token.end()
    return mask or None


def _stable_number(text: str, low: int, high: int) -> int:
    digest = hashlib.sha256(text.encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low)


def _large_biller_wire(member: Member) -> dict[str, Any]:
    words = member.name.casefold()
    line_of_business = next((code for word, code in _LINES_OF_BUSINESS if word in words), "OT")
    wire: dict[str, Any] = {
        "entity": "LargeBiller",
        "id": member.id,
        "billerReference": _stable_number(member.id, 1000, 100000),
        "billerName": member.name,
        "lineOfBusiness": line_of_business,
        "billerClass": "Utility" if line_of_business == "UT" else "Other",
        "billerType": "Core",
        "currency": _USD,
        "addresses": [_address_wire(member, address) for address in member.addresses],
        "masks": [],
    }
    mask = _mask(member.account_number) if member.account_number else None
    if mask is not None:
        wire["masks"] = [
            {
                "entity": "LargeBillerMask",
                "id": f"{member.id}M1",
                "largeBillerId": member.id,
                "maskLength": len(mask),
                "maskFormat": mask,
                "exceptionMask": False,
                "key": 1,
            }
        ]
    return wire


@handles_v2("largeBillerSearch")
def _large_biller_search(call: V2Call) -> dict[str, Any]:
    data = call.data
    zip_code, account_number = data.get("addressZip"), data.get("accNumber")
    found = v3_network.search(call.store, data["name"], frozenset({"RPPS"}), zip_code, account_number)
    return {
        "matchedOn": {"name": True, "accNumber": bool(account_number), "addressZip": bool(zip_code)},
        "largeBillers": [_large_biller_wire(member) for member in _page(found, data)],
    }


@handles_v2("getLargeBillerPaymentAddress")
def _large_biller_addresses(call: V2Call) -> dict[str, Any]:
    member = _large_biller(call.store, call.data["largeBillerId"])
    addresses = [_address_wire(member, address) for address in member.addresses]
    return {"addresses": _page(addresses, call.data)}


@handles_v2("connectLargeBillerAsVendor")
def _connect_large_biller(call: V2Call) -> dict[str, Any]:
    data = call.data
    _, vendor_id = _record(call, data["vendorId"], "vendorId", active=True)
    member = _large_biller(call.store, data["largeBillerId"])
    rpps: dict[str, Any] = {"accountNumber": data["accNumber"]}
    if "addressId" in data:
        rpps["addressId"] = data["addressId"]
    fields = {"networkId": member.id, "networkType": "RPPS", "rppsInformation": rpps}
    names = {
        "networkId": "largeBillerId",
        "rppsInformation.accountNumber": "accNumber",
        "rppsInformation.addressId": "addressId",
    }
    _connect(call, "VENDOR", vendor_id, fields, names)
    return {}
