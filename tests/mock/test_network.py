"""The BILL Network: searching the directory, connecting vendors and customers, and accepting a request
from another organization, through the ASGI app."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock.areas import network
from tests.mock.support import Bill, error_code, error_message, spec_body

ADDRESS = {"line1": "1 Main St", "city": "San Jose", "zipOrPostalCode": "95002", "country": "US"}
HAPPY = "pni02HappyMusicSup01"  # waits for the invited side to accept
ACME = "pni02AcmeOfficeSupp1"  # connects at once
POWER = "0rv02PacificPowerLt1"  # a verified national vendor (RPPS)


@pytest.fixture
def org(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


@pytest.fixture
def other_org(bill: Bill) -> dict[str, str]:
    """An administrator's session in the partner's client organization: the other side of a connection."""
    return bill.login_as(bill.partner_headers(), bill.partner["userId"])


def _vendor(bill: Bill, headers: dict[str, str], name: str = "Happy") -> str:
    response = bill.call("POST", "/v3/vendors", headers, json={"name": name, "address": ADDRESS})
    assert response.status_code == 201, response.text
    vendor_id: str = response.json()["id"]
    return vendor_id


def _customer(bill: Bill, headers: dict[str, str], name: str = "Client") -> str:
    response = bill.call("POST", "/v3/customers", headers, json={"name": name, "email": "c@example.com"})
    assert response.status_code == 201, response.text
    customer_id: str = response.json()["id"]
    return customer_id


def _search(bill: Bill, headers: dict[str, str], **params: str) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = spec_body(bill.call("GET", "/v3/network", headers, params=params))["results"]
    return results


def _names(bill: Bill, headers: dict[str, str], **params: str) -> list[str]:
    return [member["name"] for member in _search(bill, headers, **params)]


def _invite(bill: Bill, headers: dict[str, str], party: str, record_id: str, **body: Any) -> Any:
    return bill.call("POST", f"/v3/network/invitation/{party}/{record_id}", headers, json=body)


def _status(bill: Bill, headers: dict[str, str], party: str, record_id: str) -> dict[str, Any]:
    status: dict[str, Any] = spec_body(bill.call("GET", f"/v3/network/invitation/{party}/{record_id}", headers))
    return status


def _pni(bill: Bill, headers: dict[str, str], name: str) -> str:
    (found,) = _search(bill, headers, name=name)
    pni: str = found["id"]
    return pni


# search


def test_bill_network_search_needs_whole_words_of_three_characters(bill: Bill, org: dict[str, str]) -> None:
    assert _names(bill, org, name="happy") == ["Happy Music Supplies"]
    assert _names(bill, org, name="Music Supplies") == ["Happy Music Supplies"]
    for no_match in ("Hap", "Happy Musi", "Happy Music Supplies Ltd", "  ", "Ha"):
        assert _names(bill, org, name=no_match) == [], no_match


def test_search_finds_the_organizations_of_the_mock(bill: Bill, org: dict[str, str], other_org: dict[str, str]) -> None:
    (found,) = _search(bill, org, name="Partner Client")
    assert found["id"] == network.network_id(bill.partner["organizationId"])
    assert found["id"].startswith("pni02")
    assert len(found["id"]) == 20
    assert found["addresses"] == [
        {"line1": "2 Partner Road", "city": "Austin", "zipOrPostalCode": "78701", "country": "US"}
    ]
    assert found["managedBy"]["email"] == "client.admin@sandbox.example"
    assert found["managedBy"]["emailDomain"] == "sandbox.example"
    assert _pni(bill, other_org, "Sandbox Company") == network.network_id(bill.org["organizationId"])


def test_rpps_search_matches_part_of_a_name_and_narrows(bill: Bill, org: dict[str, str]) -> None:
    assert _names(bill, org, name="power", scope="RPPS") == ["Pacific Power and Light", "Citywide Water and Power"]
    assert _names(bill, org, name="pow", scope="RPPS", accountNumber="1234567890") == ["Pacific Power and Light"]
    assert _names(bill, org, name="pow", scope="RPPS", zipOrPostalCode="900") == ["Citywide Water and Power"]
    assert _names(bill, org, name="pow", scope="RPPS", accountNumber="12") == []
    (power,) = _search(bill, org, name="Pacific", networks="RPPS")
    assert power["id"] == POWER
    assert [address["id"] for address in power["addresses"]] == ["0rv02PacificPowerAd1", "0rv02PacificPowerAd2"]


def test_search_networks(bill: Bill, org: dict[str, str]) -> None:
    assert _names(bill, org, name="Power") == [], "the BILL network is searched by default"
    both = _names(bill, org, name="Power", scope="ALL")
    assert both == _names(bill, org, name="Power", networks="BILL,RPPS")
    assert "Pacific Power and Light" in both
    assert _names(bill, org, name="Happy", scope="RPPS") == []
    assert _names(bill, org, name="Happy", scope="BILL", networks="BILL") == ["Happy Music Supplies"]
    conflict = bill.call("GET", "/v3/network", org, params={"name": "Happy", "scope": "BILL", "networks": "RPPS"})
    assert (conflict.status_code, error_code(conflict)) == (400, "BDC_1129")
    for params in ({}, {"name": "Happy", "scope": "SOME"}, {"name": "Happy", "networks": "BILL;RPPS"}):
        assert bill.call("GET", "/v3/network", org, params=params).status_code == 400, params


# vendors


def test_connect_a_vendor_by_how_the_other_side_connects(bill: Bill, org: dict[str, str]) -> None:
    pending, auto, rpps = _vendor(bill, org), _vendor(bill, org), _vendor(bill, org)
    assert _status(bill, org, "vendor", pending) == {"id": pending, "status": "NOT_CONNECTED"}
    assert spec_body(_invite(bill, org, "vendor", pending, networkId=HAPPY, networkType="BILL")) is None
    assert _status(bill, org, "vendor", pending) == {"id": pending, "status": "PENDING", "networkId": HAPPY}
    _invite(bill, org, "vendor", auto, networkId=ACME, networkType="BILL")
    assert _status(bill, org, "vendor", auto)["status"] == "CONNECTED"
    rpps_info = {"accountNumber": "1234567890", "addressId": "0rv02PacificPowerAd2"}
    response = _invite(bill, org, "vendor", rpps, networkId=POWER, networkType="RPPS", rppsInformation=rpps_info)
    assert response.status_code == 200
    assert _status(bill, org, "vendor", rpps) == {"id": rpps, "status": "CONNECTED_RPPS", "networkId": POWER}


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        ({"networkId": POWER, "networkType": "RPPS"}, "BDC_1117", "rppsInformation"),
        (
            {"networkId": POWER, "networkType": "RPPS", "rppsInformation": {"accountNumber": "12"}},
            "BDC_1119",
            "accountNumber",
        ),
        (
            {
                "networkId": POWER,
                "networkType": "RPPS",
                "rppsInformation": {"accountNumber": "1234567890", "addressId": "x"},
            },
            "BDC_1119",
            "addressId",
        ),
        ({"networkId": POWER, "networkType": "BILL"}, "BDC_1119", "networkId"),
        (
            {"networkId": HAPPY, "networkType": "RPPS", "rppsInformation": {"accountNumber": "1"}},
            "BDC_1119",
            "networkId",
        ),
        ({"networkId": "pni02AAAAAAAAAAAAAAA", "networkType": "BILL"}, "BDC_1119", "networkId"),
        ({"networkId": HAPPY, "networkType": "OTHER"}, "BDC_1119", "networkType"),
        ({"networkId": HAPPY}, "BDC_1117", "networkType"),
    ],
)
def test_vendor_connection_requests_are_checked(
    bill: Bill, org: dict[str, str], body: dict[str, Any], code: str, field: str
) -> None:
    vendor = _vendor(bill, org)
    response = _invite(bill, org, "vendor", vendor, **body)
    assert (response.status_code, error_code(response)) == (400, code)
    assert field in error_message(response)
    assert _status(bill, org, "vendor", vendor)["status"] == "NOT_CONNECTED"


def test_an_organization_cannot_connect_to_itself(bill: Bill, org: dict[str, str]) -> None:
    own = network.network_id(bill.org["organizationId"])
    response = _invite(bill, org, "vendor", _vendor(bill, org), networkId=own, networkType="BILL")
    assert response.status_code == 400
    assert "your own organization" in error_message(response)


def test_one_connection_per_vendor_until_deleted(bill: Bill, org: dict[str, str]) -> None:
    vendor = _vendor(bill, org)
    _invite(bill, org, "vendor", vendor, networkId=HAPPY, networkType="BILL")
    again = _invite(bill, org, "vendor", vendor, networkId=ACME, networkType="BILL")
    assert (again.status_code, error_code(again)) == (400, "BDC_1119")
    assert "pending connection; delete that first" in error_message(again)
    deleted = bill.call("DELETE", f"/v3/network/invitation/vendor/{vendor}", org)
    assert spec_body(deleted) is None
    assert _status(bill, org, "vendor", vendor)["status"] == "NOT_CONNECTED"
    gone = bill.call("DELETE", f"/v3/network/invitation/vendor/{vendor}", org)
    assert (gone.status_code, error_code(gone)) == (404, "BDC_1205")
    assert _invite(bill, org, "vendor", vendor, networkId=ACME, networkType="BILL").status_code == 200
    assert _status(bill, org, "vendor", vendor)["status"] == "CONNECTED"


def test_the_vendor_must_be_the_organizations_and_active(
    bill: Bill, org: dict[str, str], other_org: dict[str, str]
) -> None:
    theirs = _vendor(bill, other_org)
    for method in ("GET", "POST", "DELETE"):
        body = {"networkId": HAPPY, "networkType": "BILL"} if method == "POST" else None
        response = bill.call(method, f"/v3/network/invitation/vendor/{theirs}", org, json=body)
        assert (response.status_code, error_code(response)) == (404, "BDC_1205"), method
    mine = _vendor(bill, org)
    assert bill.call("POST", f"/v3/vendors/{mine}/archive", org).status_code == 200
    response = _invite(bill, org, "vendor", mine, networkId=HAPPY, networkType="BILL")
    assert response.status_code == 400
    assert "restore it" in error_message(response)
    assert _status(bill, org, "vendor", mine)["status"] == "NOT_CONNECTED", "an archived vendor's status still reads"


def test_invite_a_vendor_that_is_not_in_the_network(bill: Bill, org: dict[str, str]) -> None:
    vendor = _vendor(bill, org)
    path = f"/v3/network/invitation/vendor/{vendor}/email"
    assert spec_body(bill.call("POST", path, org, json={"email": "ap@newvendor.example"})) is None
    assert _status(bill, org, "vendor", vendor) == {"id": vendor, "status": "PENDING"}
    assert bill.call("POST", path, org, json={"email": "ap@newvendor.example"}).status_code == 400
    assert bill.call("POST", path, org, json={"email": "not an email"}).status_code == 400


# customers


def test_connect_a_customer(bill: Bill, org: dict[str, str], other_org: dict[str, str]) -> None:
    customer = _customer(bill, org)
    assert _invite(bill, org, "customer", customer, networkId=HAPPY, networkType="BILL").status_code == 200
    assert _status(bill, org, "customer", customer) == {"id": customer, "status": "PENDING", "networkId": HAPPY}
    rpps = _invite(bill, org, "customer", _customer(bill, org), networkId=POWER, networkType="RPPS")
    assert rpps.status_code == 400
    assert "vendors only" in error_message(rpps)
    assert spec_body(bill.call("DELETE", f"/v3/network/invitation/customer/{customer}", org)) is None
    assert _status(bill, org, "customer", customer)["status"] == "NOT_CONNECTED"
    theirs = _customer(bill, other_org)
    response = bill.call("GET", f"/v3/network/invitation/customer/{theirs}", org)
    assert (response.status_code, error_code(response)) == (404, "BDC_1205")


# accepting


def test_accept_a_vendor_request_as_a_new_customer(bill: Bill, org: dict[str, str], other_org: dict[str, str]) -> None:
    """The sandbox invites the partner's client as its vendor; the client accepts the sandbox as a customer."""
    vendor = _vendor(bill, org, "Partner Client")
    client_pni = _pni(bill, org, "Partner Client")
    sandbox_pni = _pni(bill, other_org, "Sandbox Company")
    _invite(bill, org, "vendor", vendor, networkId=client_pni, networkType="BILL")
    assert _status(bill, org, "vendor", vendor)["status"] == "PENDING"

    wrong_type = bill.call(
        "POST",
        "/v3/network/invitation/accept",
        other_org,
        json={"networkId": sandbox_pni, "type": "VENDOR", "name": "X"},
    )
    assert wrong_type.status_code == 400
    assert "send CUSTOMER" in error_message(wrong_type)

    body = {"networkId": sandbox_pni, "type": "CUSTOMER", "name": "Sandbox Company"}
    assert spec_body(bill.call("POST", "/v3/network/invitation/accept", other_org, json=body)) is None
    assert _status(bill, org, "vendor", vendor) == {"id": vendor, "status": "CONNECTED", "networkId": client_pni}
    (customer,) = spec_body(bill.call("GET", "/v3/customers", other_org))["results"]
    assert customer["name"] == "Sandbox Company"
    assert customer["email"] == bill.org["username"], "filled in from the sender's details"
    assert customer["billingAddress"]["line1"] == "1 Sandbox Way"
    assert _status(bill, other_org, "customer", customer["id"]) == {
        "id": customer["id"],
        "status": "CONNECTED",
        "networkId": sandbox_pni,
    }
    # Nothing is pending any more, so a second acceptance finds nothing.
    again = bill.call("POST", "/v3/network/invitation/accept", other_org, json=body)
    assert again.status_code == 400
    assert "pending request" in error_message(again)

    # Disconnecting on one side ends the connection on both.
    bill.call("DELETE", f"/v3/network/invitation/vendor/{vendor}", org)
    assert _status(bill, other_org, "customer", customer["id"])["status"] == "NOT_CONNECTED"


def test_accept_a_customer_request_with_an_existing_vendor(
    bill: Bill, org: dict[str, str], other_org: dict[str, str]
) -> None:
    """The sandbox invites the client as its customer; the client accepts with the vendor it already has."""
    customer = _customer(bill, org, "Partner Client")
    _invite(bill, org, "customer", customer, networkId=_pni(bill, org, "Partner Client"), networkType="BILL")
    existing = _vendor(bill, other_org, "Sandbox")
    sandbox_pni = _pni(bill, other_org, "Sandbox Company")
    body = {"networkId": sandbox_pni, "type": "VENDOR", "id": existing}
    assert bill.call("POST", "/v3/network/invitation/accept", other_org, json=body).status_code == 200
    assert _status(bill, other_org, "vendor", existing)["status"] == "CONNECTED"
    assert _status(bill, org, "customer", customer)["status"] == "CONNECTED"


def test_accept_with_a_name_creates_a_vendor(bill: Bill, org: dict[str, str], other_org: dict[str, str]) -> None:
    customer = _customer(bill, org, "Partner Client")
    _invite(bill, org, "customer", customer, networkId=_pni(bill, org, "Partner Client"), networkType="BILL")
    body = {"networkId": _pni(bill, other_org, "Sandbox Company"), "type": "VENDOR", "name": "Sandbox Supplies"}
    assert bill.call("POST", "/v3/network/invitation/accept", other_org, json=body).status_code == 200
    (vendor,) = spec_body(bill.call("GET", "/v3/vendors", other_org))["results"]
    assert (vendor["name"], vendor["email"]) == ("Sandbox Supplies", bill.org["username"])
    assert _status(bill, other_org, "vendor", vendor["id"])["status"] == "CONNECTED"


def test_accept_needs_exactly_one_of_id_and_name(bill: Bill, org: dict[str, str], other_org: dict[str, str]) -> None:
    vendor = _vendor(bill, org)
    _invite(bill, org, "vendor", vendor, networkId=_pni(bill, org, "Partner Client"), networkType="BILL")
    sender = _pni(bill, other_org, "Sandbox Company")
    existing = _customer(bill, other_org)
    for extra in ({}, {"id": existing, "name": "Both"}):
        response = bill.call(
            "POST", "/v3/network/invitation/accept", other_org, json={"networkId": sender, "type": "CUSTOMER", **extra}
        )
        assert (response.status_code, error_code(response)) == (400, "BDC_1117")
    unknown = {"networkId": sender, "type": "CUSTOMER", "id": "0cu02AAAAAAAAAAAAAAA"}
    response = bill.call("POST", "/v3/network/invitation/accept", other_org, json=unknown)
    assert (response.status_code, error_code(response)) == (400, "BDC_1119")
    assert _status(bill, org, "vendor", vendor)["status"] == "PENDING", "nothing was accepted"


def test_accept_refuses_a_record_that_is_already_connected(
    bill: Bill, org: dict[str, str], other_org: dict[str, str]
) -> None:
    vendor = _vendor(bill, org)
    _invite(bill, org, "vendor", vendor, networkId=_pni(bill, org, "Partner Client"), networkType="BILL")
    existing = _customer(bill, other_org)
    _invite(bill, other_org, "customer", existing, networkId=HAPPY, networkType="BILL")
    body = {"networkId": _pni(bill, other_org, "Sandbox Company"), "type": "CUSTOMER", "id": existing}
    response = bill.call("POST", "/v3/network/invitation/accept", other_org, json=body)
    assert response.status_code == 400
    assert "delete that first" in error_message(response)
    assert _status(bill, org, "vendor", vendor)["status"] == "PENDING"


def test_accept_without_a_pending_request(bill: Bill, org: dict[str, str]) -> None:
    for sender in (HAPPY, "anything"):
        body = {"networkId": sender, "type": "CUSTOMER", "name": "X"}
        response = bill.call("POST", "/v3/network/invitation/accept", org, json=body)
        assert (response.status_code, error_code(response)) == (400, "BDC_1119")


def test_a_partner_session_cannot_use_the_network(bill: Bill) -> None:
    response = bill.call("GET", "/v3/network", bill.partner_headers(), params={"name": "Happy"})
    assert (response.status_code, error_code(response)) == (403, "BDC_1145")


def test_a_vendor_shows_its_connection_status(bill: Bill, org: dict[str, str]) -> None:
    vendor = _vendor(bill, org)

    def shown() -> str:
        return str(spec_body(bill.call("GET", f"/v3/vendors/{vendor}", org))["networkStatus"])

    assert shown() == "NOT_CONNECTED"
    _invite(bill, org, "vendor", vendor, networkId=HAPPY, networkType="BILL")
    assert shown() == "PENDING"
    bill.call("DELETE", f"/v3/network/invitation/vendor/{vendor}", org)
    assert shown() == "NOT_CONNECTED"
    _invite(bill, org, "vendor", vendor, networkId=ACME, networkType="BILL")
    assert shown() == "CONNECTED"
