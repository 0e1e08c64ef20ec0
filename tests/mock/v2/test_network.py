"""v2's BILL network operations over v3's network rules: one directory and one set of connections, so what
either API connects the other reports."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock.areas import network
from tests.mock.support import Bill, Client, spec_body
from tests.mock.v2.support import V2, code, ok, refused

HAPPY = "pni02HappyMusicSup01"  # waits for the invited side to accept
ACME = "pni02AcmeOfficeSupp1"  # connects at once
POWER = "0rv02PacificPowerLt1"  # a verified national vendor (RPPS): account numbers of 10 digits
POWER_ADDRESSES = ["0rv02PacificPowerAd1", "0rv02PacificPowerAd2"]
UNKNOWN_VENDOR = "00902AAAAAAAAAAAAAAA"


@pytest.fixture(autouse=True)
def _messages(client: Client) -> None:
    """Sign-ins, MFA challenges and invitations count as messages; these tests send more than five a minute."""
    client.post("/_mock/limits", json={"messagesPerMinute": 1000})


@pytest.fixture
def trusted(v2: V2) -> dict[str, str]:
    return v2.trusted_session()


@pytest.fixture
def other_org(bill: Bill) -> dict[str, str]:
    """An administrator's session in the partner's client organization: the other side of a connection."""
    return bill.login_as(bill.partner_headers(), bill.partner["userId"])


def _headers(session: dict[str, str]) -> dict[str, str]:
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def _customer(bill: Bill, session: dict[str, str], name: str = "Client") -> str:
    response = bill.call("POST", "/v3/customers", _headers(session), json={"name": name, "email": "c@example.com"})
    assert response.status_code == 201, response.text
    customer_id: str = response.json()["id"]
    return customer_id


def _status(v2: V2, session: dict[str, str], record_id: str) -> dict[str, Any]:
    status: dict[str, Any] = ok(v2.post("GetNetworkStatus.json", session, {"id": record_id}))
    return status


def _invite(v2: V2, session: dict[str, str], record_id: str, network_id: str = HAPPY) -> str:
    request_id: str = ok(v2.post("SendInvite.json", session, {"networkId": network_id, "id": record_id}))["requestId"]
    return request_id


def _v3_status(bill: Bill, session: dict[str, str], party: str, record_id: str) -> dict[str, Any]:
    status: dict[str, Any] = spec_body(
        bill.call("GET", f"/v3/network/invitation/{party}/{record_id}", _headers(session))
    )
    return status


# search


def _search(v2: V2, session: dict[str, str], **data: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ok(v2.post("NetworkSearch.json", session, data))
    return found


def test_network_search_shows_bill_organizations_in_v2s_shape(v2: V2, trusted: dict[str, str]) -> None:
    [happy] = _search(v2, trusted, name="Happy")
    assert happy == {
        "displayName": "Happy Music Supplies",
        "showDisplayNameInNetwork": True,
        "type": "0",
        "networkId": HAPPY,
        "addressLine1": "123 Main Street",
        "addressCity": "San Jose",
        "addressState": "CA",
        "addressCountry": "US",
        "addressZip": "95002",
        "managedByName": "Happy Music Supplies",
        "managedByEmail": "info@happymusicsupplies.org",
        "verifiedEmailDomain": "happymusicsupplies.org",
        "numberOfConnections": 0,
        "rank": 1,
        "matchScore": pytest.approx(0.25),
        "accountType": "business",
        "matchMode": "name",
    }
    assert _search(v2, trusted, name="Happy Music Supplies")[0]["matchScore"] == 1.0
    assert _search(v2, trusted, name="Ha") == [], "BILL's network needs a word of three characters"
    [sandbox] = _search(v2, trusted, name="Sandbox Company")
    assert sandbox["networkId"] == network.network_id(v2.org_id)


def test_network_search_chooses_networks(v2: V2, trusted: dict[str, str]) -> None:
    assert _search(v2, trusted, name="Power") == [], "BILL's own network by default"
    rpps = _search(v2, trusted, name="power", networks=["1"])
    assert [(found["displayName"], found["type"]) for found in rpps] == [
        ("Pacific Power and Light", "1"),
        ("Citywide Water and Power", "1"),
    ]
    assert [found["rank"] for found in rpps] == [1, 2]
    assert rpps[0]["matchScore"] >= rpps[1]["matchScore"]
    both = _search(v2, trusted, name="Power", networks=["0", "1"], addressZip="952")
    assert [found["networkId"] for found in both] == [POWER]
    assert both[0]["matchMode"] == "name,addressZip"
    assert _search(v2, trusted, name="Power", networks=["0", "1"], forVendor=False) == [], "billers are vendors only"
    narrowed = _search(v2, trusted, name="pow", networks=["1"], accNumber="1234567890")
    assert [found["networkId"] for found in narrowed] == [POWER]
    assert code(v2.post("NetworkSearch.json", trusted, {"name": "Power", "networks": ["2"]})) == "BDC_1119"
    assert code(v2.post("NetworkSearch.json", trusted, {"networks": ["0"]})) == "BDC_1117"


# invitations


def test_send_invite_waits_for_the_other_side_and_can_be_cancelled(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    assert _status(v2, trusted, vendor["id"]) == {"objectId": vendor["id"], "status": "0"}
    request_id = _invite(v2, trusted, vendor["id"])
    assert _status(v2, trusted, vendor["id"]) == {
        "objectId": vendor["id"],
        "status": "1",
        "requestId": request_id,
        "networkId": HAPPY,
    }
    error_code, message = refused(v2.post("SendInvite.json", trusted, {"networkId": ACME, "id": vendor["id"]}))
    assert error_code == "BDC_1119"
    assert message.startswith(f"Invalid field,value: id, {vendor['id']}.")

    assert ok(v2.post("CancelInvite.json", trusted, {"id": request_id})) == {}
    assert _status(v2, trusted, vendor["id"])["status"] == "0"
    assert refused(v2.post("CancelInvite.json", trusted, {"id": request_id}))[0] == "BDC_1119"
    again = _invite(v2, trusted, vendor["id"])
    assert again != request_id
    assert refused(v2.post("CancelInvite.json", trusted, {"id": request_id}))[0] == "BDC_1119", "the old id is spent"


def test_an_auto_connecting_organization_connects_at_once(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    request_id = _invite(v2, trusted, vendor["id"], ACME)
    assert _status(v2, trusted, vendor["id"]) == {
        "objectId": vendor["id"],
        "status": "2",
        "requestId": request_id,
        "networkId": ACME,
    }
    assert _search(v2, trusted, name="Acme Office")[0]["numberOfConnections"] == 1
    error_code, message = refused(v2.post("CancelInvite.json", trusted, {"id": request_id}))
    assert error_code == "BDC_1119"
    assert "DisconnectVendorFromNetwork" in message
    assert ok(v2.post("DisconnectVendorFromNetwork.json", trusted, {"vendorId": vendor["id"]})) == {}
    assert _status(v2, trusted, vendor["id"])["status"] == "0"
    error_code, message = refused(v2.post("DisconnectVendorFromNetwork.json", trusted, {"vendorId": vendor["id"]}))
    assert (error_code, message.startswith(f"Invalid field,value: vendorId, {vendor['id']}.")) == ("BDC_1119", True)


def test_customers_connect_and_disconnect(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    customer_id = _customer(bill, trusted)
    request_id = _invite(v2, trusted, customer_id, HAPPY)
    assert _status(v2, trusted, customer_id)["requestId"] == request_id
    assert ok(v2.post("DisconnectCustomerFromNetwork.json", trusted, {"customerId": customer_id})) == {}
    assert _status(v2, trusted, customer_id) == {"objectId": customer_id, "status": "0"}
    assert code(v2.post("DisconnectCustomerFromNetwork.json", trusted, {"customerId": customer_id})) == "BDC_1119"
    unknown = "0cu02AAAAAAAAAAAAAAA"
    assert refused(v2.post("DisconnectCustomerFromNetwork.json", trusted, {"customerId": unknown})) == (
        "BDC_1119",
        f"Invalid field,value: customerId, {unknown}.",
    )


def test_send_invite_refuses_what_cannot_be_invited(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)

    def invite(network_id: str, record_id: str = vendor["id"]) -> tuple[str, str]:
        return refused(v2.post("SendInvite.json", trusted, {"networkId": network_id, "id": record_id}))

    assert invite(POWER)[1].startswith(f"Invalid field,value: networkId, {POWER}.")
    assert "ConnectLargeBillerAsVendor" in invite(POWER)[1]
    assert invite("pni02NoSuchMember001")[1].startswith("Invalid field,value: networkId, pni02NoSuchMember001.")
    assert invite(network.network_id(v2.org_id))[0] == "BDC_1119", "not with itself"
    assert invite(HAPPY, UNKNOWN_VENDOR) == ("BDC_1119", f"Invalid field,value: id, {UNKNOWN_VENDOR}.")
    other = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    theirs = _customer(bill, other)
    assert invite(HAPPY, theirs) == ("BDC_1119", f"Invalid field,value: id, {theirs}.")
    ok(v2.post("Crud/Delete/Vendor.json", trusted, {"id": vendor["id"]}))
    error_code, message = invite(HAPPY)
    assert error_code == "BDC_1119"
    assert "Crud/Undelete/Vendor.json" in message
    assert code(v2.post("SendInvite.json", trusted, {"networkId": HAPPY, "id": "bad"})) == "BDC_1119"
    assert code(v2.post("GetNetworkStatus.json", trusted, {"id": UNKNOWN_VENDOR})) == "BDC_1119"
    assert _status(v2, trusted, vendor["id"])["status"] == "0", "an inactive vendor's status still reads"


def test_send_vendor_invite_by_email(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    data = {"vendorId": vendor["id"], "email": "ap@vendor.example"}
    request_id = ok(v2.post("SendVendorInvite.json", trusted, data))
    assert isinstance(request_id, str)
    assert _status(v2, trusted, vendor["id"]) == {"objectId": vendor["id"], "status": "1", "requestId": request_id}
    assert code(v2.post("SendVendorInvite.json", trusted, data)) == "BDC_1119", "one request at a time"
    assert ok(v2.post("CancelInvite.json", trusted, {"id": request_id})) == {}
    assert refused(v2.post("SendVendorInvite.json", trusted, {**data, "email": "not an address"}))[1].startswith(
        "Invalid field,value: email, not an address."
    )
    assert refused(v2.post("SendVendorInvite.json", trusted, {**data, "vendorId": UNKNOWN_VENDOR})) == (
        "BDC_1119",
        f"Invalid field,value: vendorId, {UNKNOWN_VENDOR}.",
    )


@pytest.mark.parametrize(("kind", "refusal"), [("user", "BDC_1361"), ("token", "BDC_1145")])
def test_invitations_need_an_mfa_trusted_session(v2: V2, kind: str, refusal: str) -> None:
    """An untrusted user session is told to complete MFA; a token session, which cannot, is refused outright."""
    session = v2.session() if kind == "user" else v2.token_session()
    vendor = v2.create_vendor(session)
    invite = {"networkId": HAPPY, "id": vendor["id"]}
    assert code(v2.post("SendInvite.json", session, invite)) == refusal
    by_email = {"vendorId": vendor["id"], "email": "ap@vendor.example"}
    assert code(v2.post("SendVendorInvite.json", session, by_email)) == refusal
    assert _status(v2, session, vendor["id"])["status"] == "0"
    rpps = {"largeBillerId": POWER, "accNumber": "1234567890", "vendorId": vendor["id"]}
    assert ok(v2.post("ConnectLargeBillerAsVendor.json", session, rpps)) == {}, "linking a biller needs no MFA"


# verified national vendors (large billers)


def test_large_biller_search_pages_and_says_what_matched(v2: V2, trusted: dict[str, str]) -> None:
    found = ok(v2.post("LargeBillerSearch.json", trusted, {"name": "power", "start": 0, "max": 10}))
    assert found["matchedOn"] == {"name": True, "accNumber": False, "addressZip": False}
    assert [biller["billerName"] for biller in found["largeBillers"]] == [
        "Pacific Power and Light",
        "Citywide Water and Power",
    ]
    power = found["largeBillers"][0]
    assert (power["entity"], power["id"], power["currency"], power["lineOfBusiness"]) == (
        "LargeBiller",
        POWER,
        "840",
        "UT",
    )
    assert [address["id"] for address in power["addresses"]] == POWER_ADDRESSES
    assert power["masks"] == [
        {
            "entity": "LargeBillerMask",
            "id": f"{POWER}M1",
            "largeBillerId": POWER,
            "maskLength": 10,
            "maskFormat": "##########",
            "exceptionMask": False,
            "key": 1,
        }
    ]
    assert found["largeBillers"][1]["masks"][0]["maskFormat"] == "######-####"
    again = ok(v2.post("LargeBillerSearch.json", trusted, {"name": "power", "start": 0, "max": 10}))
    assert again == found, "stable"

    second = ok(v2.post("LargeBillerSearch.json", trusted, {"name": "power", "start": 1, "max": 1}))
    assert [biller["id"] for biller in second["largeBillers"]] == ["0rv02CitywideWater01"]
    narrowed = ok(
        v2.post("LargeBillerSearch.json", trusted, {"name": "power", "accNumber": "123456-7890", "start": 0, "max": 9})
    )
    assert narrowed["matchedOn"]["accNumber"] is True
    assert [biller["id"] for biller in narrowed["largeBillers"]] == ["0rv02CitywideWater01"]
    none = ok(v2.post("LargeBillerSearch.json", trusted, {"name": "Happy", "start": 0, "max": 9}))
    assert none["largeBillers"] == [], "BILL network organizations are no large billers"
    assert code(v2.post("LargeBillerSearch.json", trusted, {"name": "power", "start": 0, "max": 1000})) == "BDC_1119"
    assert code(v2.post("LargeBillerSearch.json", trusted, {"name": "power", "start": 0})) == "BDC_1117"


def test_large_biller_payment_addresses(v2: V2, trusted: dict[str, str]) -> None:
    page = ok(v2.post("GetLargeBillerPaymentAddress.json", trusted, {"largeBillerId": POWER, "start": 0, "max": 10}))
    assert page["addresses"][0] == {
        "entity": "LargeBillerPaymentAddress",
        "id": POWER_ADDRESSES[0],
        "largeBillerId": POWER,
        "address1": "PO Box 8329",
        "addressCity": "Stockton",
        "addressState": "CA",
        "addressCountry": "US",
        "addressZip": "95208",
    }
    second = ok(v2.post("GetLargeBillerPaymentAddress.json", trusted, {"largeBillerId": POWER, "start": 1, "max": 5}))
    assert [address["id"] for address in second["addresses"]] == POWER_ADDRESSES[1:]
    for wrong in (HAPPY, "0rv02NoSuchBiller001"):
        data = {"largeBillerId": wrong, "start": 0, "max": 10}
        error_code, message = refused(v2.post("GetLargeBillerPaymentAddress.json", trusted, data))
        assert (error_code, message.startswith(f"Invalid field,value: largeBillerId, {wrong}.")) == ("BDC_1119", True)


def test_connect_a_large_biller_as_vendor(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    data = {"largeBillerId": POWER, "accNumber": "1234567890", "vendorId": vendor["id"]}

    def connect(**changes: Any) -> tuple[str, str]:
        return refused(v2.post("ConnectLargeBillerAsVendor.json", trusted, {**data, **changes}))

    assert connect(accNumber="12")[1].startswith("Invalid field,value: accNumber, ")
    assert connect(addressId="0rv02Elsewhere000001")[1].startswith("Invalid field,value: addressId, 0rv02Elsewhere")
    assert connect(largeBillerId=HAPPY)[1].startswith(f"Invalid field,value: largeBillerId, {HAPPY}.")
    assert connect(vendorId=UNKNOWN_VENDOR) == ("BDC_1119", f"Invalid field,value: vendorId, {UNKNOWN_VENDOR}.")

    assert ok(v2.post("ConnectLargeBillerAsVendor.json", trusted, {**data, "addressId": POWER_ADDRESSES[1]})) == {}
    assert _status(v2, trusted, vendor["id"]) == {"objectId": vendor["id"], "status": "3", "networkId": POWER}
    assert connect()[1].startswith(f"Invalid field,value: vendorId, {vendor['id']}."), "one connection at a time"
    assert ok(v2.post("DisconnectVendorFromNetwork.json", trusted, {"vendorId": POWER})) == {}, "by the biller's id"
    assert _status(v2, trusted, vendor["id"])["status"] == "0"
    assert code(v2.post("DisconnectVendorFromNetwork.json", trusted, {"vendorId": POWER})) == "BDC_1119"
    assert code(v2.post("DisconnectVendorFromNetwork.json", trusted, {"vendorId": "nothing"})) == "BDC_1119"


# across versions


def test_a_connection_made_in_v2_shows_in_v3(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    pending, connected, biller = (v2.create_vendor(trusted, name=name)["id"] for name in ("P", "C", "B"))
    _invite(v2, trusted, pending, HAPPY)
    _invite(v2, trusted, connected, ACME)
    rpps = {"largeBillerId": POWER, "accNumber": "1234567890", "vendorId": biller}
    ok(v2.post("ConnectLargeBillerAsVendor.json", trusted, rpps))
    assert _v3_status(bill, trusted, "vendor", pending) == {"id": pending, "status": "PENDING", "networkId": HAPPY}
    assert _v3_status(bill, trusted, "vendor", connected) == {"id": connected, "status": "CONNECTED", "networkId": ACME}
    assert _v3_status(bill, trusted, "vendor", biller) == {"id": biller, "status": "CONNECTED_RPPS", "networkId": POWER}
    vendor = spec_body(bill.call("GET", f"/v3/vendors/{connected}", _headers(trusted)))
    assert vendor["networkStatus"] == "CONNECTED"
    ok(v2.post("DisconnectVendorFromNetwork.json", trusted, {"vendorId": connected}))
    assert _v3_status(bill, trusted, "vendor", connected) == {"id": connected, "status": "NOT_CONNECTED"}


def test_a_connection_made_in_v3_shows_in_v2(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    vendor_id = v2.create_vendor(trusted)["id"]
    body = {"networkId": HAPPY, "networkType": "BILL"}
    response = bill.call("POST", f"/v3/network/invitation/vendor/{vendor_id}", _headers(trusted), json=body)
    assert response.status_code == 200, response.text
    status = _status(v2, trusted, vendor_id)
    assert (status["status"], status["networkId"]) == ("1", HAPPY)
    assert _status(v2, trusted, vendor_id)["requestId"] == status["requestId"], "the same request id every time"
    ok(v2.post("CancelInvite.json", trusted, {"id": status["requestId"]}))
    assert _v3_status(bill, trusted, "vendor", vendor_id)["status"] == "NOT_CONNECTED"


def test_an_invitation_sent_in_v2_is_accepted_in_v3(
    v2: V2, bill: Bill, trusted: dict[str, str], other_org: dict[str, str]
) -> None:
    vendor_id = v2.create_vendor(trusted, name="Partner Client")["id"]
    [client] = _search(v2, trusted, name="Partner Client")
    request_id = _invite(v2, trusted, vendor_id, client["networkId"])
    assert _status(v2, trusted, vendor_id)["status"] == "1"
    accept = {"networkId": network.network_id(v2.org_id), "type": "CUSTOMER", "name": "Sandbox Company"}
    assert spec_body(bill.call("POST", "/v3/network/invitation/accept", other_org, json=accept)) is None
    assert _status(v2, trusted, vendor_id) == {
        "objectId": vendor_id,
        "status": "2",
        "requestId": request_id,
        "networkId": client["networkId"],
    }
    customer = spec_body(bill.call("GET", "/v3/customers", other_org))["results"][0]
    theirs = _status(v2, other_org, customer["id"])
    assert (theirs["status"], theirs["networkId"]) == ("2", network.network_id(v2.org_id))
    assert ok(v2.post("DisconnectCustomerFromNetwork.json", other_org, {"customerId": customer["id"]})) == {}
    assert _status(v2, trusted, vendor_id)["status"] == "0", "both sides end together"
