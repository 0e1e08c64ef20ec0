"""BILL binds JSON bodies leniently (a scalar's literal sent as a string is taken, as its own examples show), and so
does the mock: coerce_scalars alone, then through the app for the requests BILL's collection sends that way."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock.validation import coerce_scalars
from tests.mock.ar_support import ADDRESS, Ar
from tests.mock.support import Bill, error_code, spec_body

COMPONENTS: dict[str, Any] = {
    "schemas": {
        "Amount": {"type": "number", "minimum": 0.01},
        "Flag": {"type": "boolean"},
        "Line": {
            "type": "object",
            "properties": {"amount": {"$ref": "#/components/schemas/Amount"}, "quantity": {"type": "integer"}},
        },
    }
}


def _coerce(schema: dict[str, Any], value: Any) -> Any:
    return coerce_scalars(schema, value, COMPONENTS)


@pytest.mark.parametrize(("text", "expected"), [("true", True), ("false", False)])
def test_boolean_literals_become_booleans(text: str, expected: bool) -> None:
    assert _coerce({"type": "boolean"}, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("100", 100), ("50", 50), ("-2.5", -2.5), ("+7", 7), ("0.01", 0.01), ("-0", 0)]
)
def test_decimal_literals_become_numbers(text: str, expected: float) -> None:
    coerced = _coerce({"type": "number"}, text)
    assert coerced == expected
    assert not isinstance(coerced, str)


@pytest.mark.parametrize(("text", "expected"), [("42", 42), ("-3", -3), ("+0", 0)])
def test_integral_literals_become_integers(text: str, expected: int) -> None:
    coerced = _coerce({"type": "integer"}, text)
    assert coerced == expected
    assert isinstance(coerced, int)


@pytest.mark.parametrize(
    ("schema", "text"),
    [
        ({"type": "boolean"}, "yes"),
        ({"type": "boolean"}, "True"),
        ({"type": "boolean"}, "1"),
        ({"type": "boolean"}, ""),
        ({"type": "integer"}, "1.0"),
        ({"type": "integer"}, "1e3"),
        ({"type": "number"}, "1e3"),
        ({"type": "number"}, ""),
        ({"type": "number"}, " 1"),
        ({"type": "number"}, "1 "),
        ({"type": "number"}, "0x10"),
        ({"type": "number"}, "NaN"),
        ({"type": "number"}, "Infinity"),
        ({"type": "number"}, "-Infinity"),
        ({"type": "number"}, ".5"),
        ({"type": "number"}, "5."),
        ({"type": "number"}, "1,000"),
        ({"type": "integer"}, "١٢"),  # Arabic-Indic digits: Python's int() takes them, BILL's binder does not
        ({"type": "string"}, "100"),
        ({"type": ["string", "number"]}, "100"),
        ({}, "true"),
        ({"enum": [False]}, "false"),
    ],
)
def test_anything_else_stays_a_string(schema: dict[str, Any], text: str) -> None:
    assert _coerce(schema, text) == text


def test_nullable_types_still_coerce_and_null_stays_a_string() -> None:
    assert _coerce({"type": ["boolean", "null"]}, "true") is True
    assert _coerce({"type": ["number", "null"]}, "null") == "null"


def test_values_of_other_types_are_left_alone() -> None:
    assert _coerce({"type": "number"}, True) is True
    assert _coerce({"type": "boolean"}, 1) == 1
    assert _coerce({"type": "number"}, None) is None
    assert _coerce({"type": "string"}, 5) == 5


def test_nested_objects_arrays_and_refs_are_walked() -> None:
    schema = {
        "type": "object",
        "properties": {
            "amount": {"allOf": [{"$ref": "#/components/schemas/Amount"}], "description": "as BILL's specs do"},
            "options": {"type": "object", "properties": {"flag": {"$ref": "#/components/schemas/Flag"}}},
            "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
            "name": {"type": "string"},
        },
    }
    sent = {
        "amount": "100",
        "options": {"flag": "true"},
        "lines": [{"amount": "50", "quantity": "2"}, {"amount": "ten", "quantity": "2.5"}],
        "name": "100",
        "extra": "true",
    }
    assert _coerce(schema, sent) == {
        "amount": 100,
        "options": {"flag": True},
        "lines": [{"amount": 50, "quantity": 2}, {"amount": "ten", "quantity": "2.5"}],
        "name": "100",
        "extra": "true",
    }
    assert sent["amount"] == "100"  # the argument is not modified


def test_all_of_branches_combine_and_additional_properties_apply() -> None:
    schema = {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "number"}}},
            {"properties": {"a": {"type": "integer"}, "b": {"type": "boolean"}}},
        ],
        "additionalProperties": {"type": "boolean"},
    }
    assert _coerce(schema, {"a": "3", "b": "false", "c": "true"}) == {"a": 3, "b": False, "c": True}
    assert _coerce(schema, {"a": "3.5"}) == {"a": "3.5"}  # a number and an integer: 3.5 is no integer


def test_one_of_counts_only_when_its_branches_agree() -> None:
    agreeing = {"oneOf": [{"type": "number", "maximum": 0}, {"$ref": "#/components/schemas/Amount"}]}
    assert _coerce(agreeing, "100") == 100
    disagreeing = {"anyOf": [{"type": "number"}, {"type": "boolean"}]}
    assert _coerce(disagreeing, "100") == "100"
    assert _coerce(disagreeing, "true") == "true"
    objects = {"oneOf": [{"type": "object", "properties": {"a": {"type": "number"}}}, {"type": "object"}]}
    assert _coerce(objects, {"a": "1"}) == {"a": "1"}  # not walked into: which branch binds is unknown


def test_a_reference_cycle_ends() -> None:
    components = {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}
    assert coerce_scalars({"$ref": "#/components/schemas/A"}, "1", components) == "1"


# through the app


def test_mfa_challenge_takes_use_backup_false_as_a_string(bill: Bill) -> None:
    headers = bill.org_headers()
    response = bill.call("POST", "/v3/mfa/challenge", headers, json={"useBackup": "false"})
    assert response.status_code == 200, response.text
    assert spec_body(response)["challengeId"]


@pytest.mark.parametrize("value", ["true", "no", ""])
def test_mfa_challenge_refuses_other_use_backup_strings(bill: Bill, value: str) -> None:
    response = bill.call("POST", "/v3/mfa/challenge", bill.org_headers(), json={"useBackup": value})
    assert response.status_code == 400, response.text
    assert error_code(response) == "BDC_1119"


def test_ar_payment_amounts_sent_as_strings_are_numbers(bill: Bill) -> None:
    ar = Ar(bill)
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    assert ar.get_invoice(invoice["id"])["dueAmount"] == 79.98
    body = {
        "paymentDate": "2026-01-01",
        "paymentType": "CHECK",
        "amount": "100",
        "invoices": [{"id": invoice["id"], "amount": "50"}],
    }
    recorded = ar.ok("POST", "/v3/invoices/record-payment", json=body)
    assert (recorded["amount"], recorded["unappliedAmount"]) == (100, 50)
    assert ar.get_invoice(invoice["id"])["dueAmount"] == 29.98
    ar.refused("POST", "/v3/invoices/record-payment", json={**body, "amount": "100 USD"})
    ar.refused("POST", "/v3/invoices/record-payment", json={**body, "amount": "0"})


def test_an_organization_takes_processing_options_as_strings(bill: Bill) -> None:
    body = {
        "name": "Lenient Binding Co",
        "address": ADDRESS,
        "processingOptions": {"mailingAddressSameAsPhysical": "true", "individualTransferOut": "false"},
    }
    response = bill.call("POST", "/v3/partner/organizations", bill.partner_headers(), json=body)
    assert response.status_code == 201, response.text
    created = spec_body(response)
    assert created["processingOptions"] == {"mailingAddressSameAsPhysical": True, "individualTransferOut": False}
    assert created["processingOptions"]["mailingAddressSameAsPhysical"] is True
    refused = bill.call(
        "POST",
        "/v3/partner/organizations",
        bill.partner_headers(),
        json={**body, "processingOptions": {"mailingAddressSameAsPhysical": "TRUE"}},
    )
    assert refused.status_code == 400
    assert error_code(refused) == "BDC_1119"
