"""v2 MFA over v3's records: a challenge answered trusts the session; rememberMe trusts a device's later sign-ins."""

from __future__ import annotations

import bill_spec
from bill_mock import MockClock
from bill_mock.v2.handlers import MFA_PROTECTED
from tests.mock.support import Client
from tests.mock.v2.support import V2, code, ok, refused

BANK_ACCOUNT = {"entity": "VendorBankAccount", "accountNumber": "111222333", "routingNumber": "074000010"}


def _authenticate(v2: V2, session: dict[str, str], **extra: object) -> dict[str, str]:
    challenge = ok(v2.post("MFAChallenge.json", session, {}))["challengeId"]
    answer = {"challengeId": challenge, "token": v2.mfa_token, "deviceId": "device-1", "machineName": "laptop"}
    result: dict[str, str] = ok(v2.post("MFAAuthenticate.json", session, {**answer, **extra}))
    return result


def test_a_protected_operation_needs_a_trusted_session(v2: V2) -> None:
    session = v2.session()
    vendor = v2.create_vendor(session)
    data = {"obj": {**BANK_ACCOUNT, "vendorId": vendor["id"]}}
    error_code, message = refused(v2.post("Crud/Create/VendorBankAccount.json", session, data))
    assert error_code == "BDC_1361"
    assert "MFAChallenge.json" in message
    _authenticate(v2, session)
    trusted = v2.post("Crud/Create/VendorBankAccount.json", session, data).json()["response_data"]
    assert trusted.get("error_code") != "BDC_1361", "past the MFA check (whatever the handler then answers)"


def test_answering_a_challenge_trusts_the_session_for_address_changes(v2: V2) -> None:
    session = v2.session()
    vendor = v2.create_vendor(session)
    change = {"obj": {"entity": "Vendor", "id": vendor["id"], "name": vendor["name"], "address1": "9 New Road"}}
    assert code(v2.post("Crud/Update/Vendor.json", session, change)) == "BDC_1361"
    answer = _authenticate(v2, session)
    assert answer["machineName"] == "laptop"
    assert ok(v2.post("Crud/Update/Vendor.json", session, change))["address1"] == "9 New Road"


def test_remember_me_trusts_later_sign_ins_from_the_same_device(v2: V2, client: Client, clock: MockClock) -> None:
    client.post("/_mock/limits", json={"messagesPerMinute": 100})  # every sign-in counts as a text
    mfa_id = _authenticate(v2, v2.session(), rememberMe=True)["mfaId"]
    status = {"mfaId": mfa_id, "deviceId": "device-1"}
    assert ok(v2.post("MFAStatus.json", v2.session(), status)) == {"isTrusted": True}
    assert ok(v2.post("MFAStatus.json", v2.session(), {**status, "deviceId": "other"})) == {"isTrusted": False}

    remembered = v2.session(mfaId=mfa_id, deviceId="device-1")
    other_device = v2.session(mfaId=mfa_id, deviceId="other")
    vendor = v2.create_vendor(remembered)
    change = {"obj": {"entity": "Vendor", "id": vendor["id"], "name": vendor["name"], "email": "ap@acme.example"}}
    assert ok(v2.post("Crud/Update/Vendor.json", remembered, change))["email"] == "ap@acme.example"
    change["obj"]["email"] = "other@acme.example"
    assert code(v2.post("Crud/Update/Vendor.json", other_device, change)) == "BDC_1361"
    assert code(v2.login(mfaId=mfa_id)) == "BDC_1117", "an mfaId needs its deviceId"

    clock.advance(31 * 24 * 3600)
    assert ok(v2.post("MFAStatus.json", v2.session(), status)) == {"isTrusted": False}


def test_without_remember_me_the_mfa_id_trusts_nothing_later(v2: V2) -> None:
    mfa_id = _authenticate(v2, v2.session())["mfaId"]
    assert ok(v2.post("MFAStatus.json", v2.session(), {"mfaId": mfa_id, "deviceId": "device-1"})) == {
        "isTrusted": False
    }


def test_a_wrong_code_or_challenge_is_refused_without_echoing_the_code(v2: V2) -> None:
    session = v2.session()
    challenge = ok(v2.post("MFAChallenge.json", session, {}))["challengeId"]
    answer = {"challengeId": challenge, "token": "999111", "deviceId": "d", "machineName": "m"}
    response = v2.post("MFAAuthenticate.json", session, answer)
    assert code(response) == "BDC_1119"
    assert "999111" not in response.text
    assert code(v2.post("MFAAuthenticate.json", session, {**answer, "challengeId": "nope"})) == "BDC_1119"
    assert code(v2.post("MFAChallenge.json", session, {"useBackup": True})) == "BDC_1119"


def test_token_sessions_cannot_use_mfa(v2: V2) -> None:
    session = v2.token_session()
    error_code, message = refused(v2.post("MFAChallenge.json", session, {}))
    assert error_code == "BDC_1145"
    assert "MFA" in message
    vendor = v2.create_vendor(session)
    data = {"obj": {**BANK_ACCOUNT, "vendorId": vendor["id"]}}
    error_code, message = refused(v2.post("Crud/Create/VendorBankAccount.json", session, data))
    assert error_code == "BDC_1145", "refused for what it is before MFA is even asked"
    assert "needs MFA, which only user sessions get" in message


def test_the_protected_operations_are_operations_of_the_spec() -> None:
    assert {operation.operation_id for operation in bill_spec.v2_index()} >= MFA_PROTECTED
