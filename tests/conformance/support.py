"""A tiny Postman collection, written for these tests, with the shapes the runner has to read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

JSON_HEADERS = [{"key": "Content-Type", "value": "application/json"}, {"key": "Accept", "value": "application/json"}]


def script(*lines: str) -> list[dict[str, Any]]:
    return [{"listen": "test", "script": {"type": "text/javascript", "exec": list(lines)}}]


def example(code: int) -> dict[str, Any]:
    return {"name": str(code), "code": code, "status": "x", "body": "{}"}


def request_item(
    name: str,
    method: str,
    path: str,
    *,
    codes: tuple[int, ...] = (200, 400, 500),
    body: str | None = None,
    events: list[dict[str, Any]] | None = None,
    query: list[dict[str, Any]] | None = None,
    headers: list[dict[str, Any]] | None = None,
    signed_in: bool = True,
) -> dict[str, Any]:
    session = [{"key": "sessionId", "value": "{{session_id}}"}] if signed_in else []
    request: dict[str, Any] = {
        "method": method,
        "header": [*(headers or []), *session],
        "url": {"raw": "{{baseUrl}}" + path, "host": ["{{baseUrl}}"], "path": path.strip("/").split("/")},
    }
    if query is not None:
        request["url"]["query"] = query
    if body is not None:
        request["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
    item: dict[str, Any] = {"name": name, "request": request, "response": [example(code) for code in codes]}
    if events is not None:
        item["event"] = events
    return item


def synthetic_collection() -> dict[str, Any]:
    """Sign-in, a "things" folder written get-before-create, and an out-of-scope folder."""
    login = request_item(
        "API login",
        "POST",
        "/v3/login",
        body='{"username": "{{username}}"}',
        events=script("let jsonData = pm.response.json();", 'pm.environment.set("session_id", jsonData.sessionId);'),
        headers=JSON_HEADERS,
        signed_in=False,
    )
    logout = request_item("API logout", "POST", "/v3/logout")
    get_thing = request_item("Get thing", "GET", "/v3/things/:thingId")
    get_thing["request"]["url"]["variable"] = [{"key": "thingId", "value": "{{thing_id}}"}]
    create_thing = request_item(
        "Create thing",
        "POST",
        "/v3/things",
        codes=(201, 400),
        body='{"name": "{{thing_name}}"}',
        events=script("const j = pm.response.json();", "if (j.id) pm.environment.set('thing_id', j.id);"),
        headers=JSON_HEADERS,
    )
    list_things = request_item(
        "List things",
        "GET",
        "/v3/things",
        query=[
            {"key": "max", "value": "10"},
            {"key": "filters", "value": "id:eq:{{filtered_id}}", "disabled": True},
        ],
    )
    list_things["request"]["description"] = "Filter with {{described_only}} if you like."
    duplicate = request_item("List things", "GET", "/v3/things")
    return {
        "info": {"name": "Synthetic", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"},
        "event": script(""),
        "item": [
            {"name": "AP & AR Authentication", "item": [{"name": "authentication", "item": [login, logout]}]},
            {
                "name": "AP & AR",
                "item": [
                    {
                        "name": "things",
                        "event": script("pm.test('folder check', () => {});"),
                        "auth": {"type": "noauth"},
                        "item": [list_things, get_thing, create_thing, duplicate],
                    }
                ],
            },
            {"name": "Spend & Expense", "item": [{"name": "cards", "item": [request_item("Cards", "GET", "/c")]}]},
        ],
    }


def write_collection(folder: Path, document: dict[str, Any] | None = None) -> Path:
    path = folder / "collection.json"
    path.write_text(json.dumps(document if document is not None else synthetic_collection()), encoding="utf-8")
    return path
