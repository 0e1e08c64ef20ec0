"""Reading newman's JSON report and judging each request: (a) was the status one the collection documents
for it, (b) does a 2xx body keep to the spec, (c) did its test script set the variables it sets.

Then the per-request table, the totals, the failures grouped by cause, and the verdict against TARGETS.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from conformance.collection import Request
from conformance.plan import SET_ASSERTION, item_id
from conformance.schemas import BodyCheck

__all__ = [
    "TARGETS",
    "Outcome",
    "Targets",
    "Totals",
    "cause",
    "causes",
    "excused_variables",
    "exported_variables",
    "outcomes",
    "render",
    "shortfalls",
    "totals",
]

BodyChecker = Callable[[str, str, int, bytes], BodyCheck]


@dataclass(frozen=True, slots=True)
class Targets:
    documented_percent: float = 95.0
    """At least this share of the requests in scope get a status their examples show."""


TARGETS = Targets()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one request of the run got, and the three verdicts on it."""

    position: int
    request: Request
    method: str
    path: str
    """The path as sent (/connect/v3/...), without the query."""
    status: int | None
    """None when no answer came (connection error, timeout)."""
    body: bytes = field(repr=False)
    documented: bool
    body_check: BodyCheck | None
    """Only for 2xx answers."""
    variables: Mapping[str, bool]
    """Each variable the request's test script sets -> whether it stored a value."""
    placeholders: frozenset[str]
    """Placeholder variables the request sent."""
    unset_inputs: frozenset[str]
    """Variables the request sent that no script had managed to set by then."""
    sent_invalid_json: bool = False
    """The collection's JSON body did not parse once its variables were filled in: any BILL answers 400."""
    problem: str = ""
    """A request or script error newman reported."""

    @property
    def success(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def failed(self) -> bool:
        body_bad = self.body_check is not None and not self.body_check.valid
        return not self.documented or body_bad or not all(self.variables.values())

    @property
    def error_code(self) -> str:
        """BILL's BDC code of an error answer, or ""."""
        return str(self._first_error().get("code", ""))

    @property
    def error_message(self) -> str:
        return str(self._first_error().get("message", ""))

    def _first_error(self) -> Mapping[str, Any]:
        """The first entry of BILL's error list, or {} when the body is not one."""
        try:
            body = json.loads(self.body)
        except ValueError:
            return {}
        return body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else {}


@dataclass(frozen=True, slots=True)
class Totals:
    in_scope: int
    executed: int
    documented: int
    successes: int
    valid_successes: int
    variables_expected: tuple[str, ...]
    variables_set: tuple[str, ...]
    variables_excused: Mapping[str, str] = field(default_factory=dict)
    """Variables no BILL could let the collection set, with the reason; they do not count against the target."""

    @property
    def documented_percent(self) -> float:
        return 100.0 * self.documented / self.in_scope if self.in_scope else 100.0

    @property
    def variables_unset(self) -> tuple[str, ...]:
        """Expected, not set, and not excused: what the mock still owes."""
        return tuple(
            name
            for name in self.variables_expected
            if name not in self.variables_set and name not in self.variables_excused
        )


def outcomes(
    report: Mapping[str, Any],
    ordered: Sequence[Request],
    check_body: BodyChecker,
    placeholders: Iterable[str] = (),
    provided: Iterable[str] = (),
) -> list[Outcome]:
    """One Outcome per execution in newman's JSON report (`-r json`), matched to the request by item id."""
    by_id = {item_id(position): (position, request) for position, request in enumerate(ordered)}
    placeholder_names = frozenset(placeholders)
    known = set(provided) | placeholder_names
    results: list[Outcome] = []
    for execution in (report.get("run") or {}).get("executions") or ():
        found = by_id.get(str((execution.get("item") or {}).get("id")))
        if found is None:
            continue
        position, request = found
        method, path = _sent(execution, request)
        response = execution.get("response") or {}
        status = response.get("code") if isinstance(response.get("code"), int) else None
        body = _body(response)
        variables = _variables(execution, request)
        results.append(
            Outcome(
                position=position,
                request=request,
                method=method,
                path=path,
                status=status,
                body=body,
                documented=status is not None and status in request.documented,
                body_check=check_body(method, path, status, body) if status and 200 <= status < 300 else None,
                variables=variables,
                placeholders=request.references & placeholder_names,
                unset_inputs=frozenset(request.references - known),
                sent_invalid_json=_sent_invalid_json(execution),
                problem=_problem(execution),
            )
        )
        known.update(name for name, stored in variables.items() if stored)
    return results


def _sent(execution: Mapping[str, Any], request: Request) -> tuple[str, str]:
    sent = execution.get("request") or {}
    method = str(sent.get("method") or request.method).upper()
    url = sent.get("url") or {}
    parts = url.get("path") if isinstance(url, dict) else None
    if isinstance(parts, list):
        return method, "/" + "/".join(str(part) for part in parts)
    return method, request.url


def _sent_invalid_json(execution: Mapping[str, Any]) -> bool:
    """A raw body sent as JSON (by its Content-Type) that is not JSON."""
    sent = execution.get("request") or {}
    body = sent.get("body") or {}
    if body.get("mode") != "raw" or not str(body.get("raw") or "").strip():
        return False
    content_types = [
        str(header.get("value", "")).lower()
        for header in sent.get("header") or ()
        if isinstance(header, dict) and str(header.get("key", "")).lower() == "content-type"
    ]
    if not any("json" in value for value in content_types):
        return False
    try:
        json.loads(body["raw"])
    except ValueError:
        return True
    return False


def _body(response: Mapping[str, Any]) -> bytes:
    stream = response.get("stream")
    if isinstance(stream, dict) and isinstance(stream.get("data"), list):
        return bytes(stream["data"])
    return b""


def _variables(execution: Mapping[str, Any], request: Request) -> dict[str, bool]:
    """The instrumented script's checks; a check that never ran (the script was not reached) is a miss."""
    results = dict.fromkeys(request.sets, False)
    for assertion in execution.get("assertions") or ():
        name = str(assertion.get("assertion", ""))
        if name.startswith(SET_ASSERTION) and name[len(SET_ASSERTION) :] in results:
            results[name[len(SET_ASSERTION) :]] = not assertion.get("error") and not assertion.get("skipped")
    return results


def _problem(execution: Mapping[str, Any]) -> str:
    error = execution.get("requestError")
    if error:
        return f"request error: {_message(error)}"
    for script in execution.get("testScript") or ():
        if script.get("error"):
            return f"test script error: {_message(script['error'])}"
    return ""


def _message(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error.get("name") or error)[:200]
    return str(error)[:200]


def totals(
    results: Sequence[Outcome],
    in_scope: Sequence[Request],
    final: Mapping[str, str] | None = None,
    seeded: Mapping[str, str] | None = None,
) -> Totals:
    """Counts per request, and per variable at the end of the run.

    With `final` (newman's exported environment, see `exported_variables`), a variable is set when it holds a
    value at the end, and, if the environment was seeded with it, a script also stored one. Without it, a
    variable is set when some script stored a value.
    """
    expected = tuple(dict.fromkeys(name for request in in_scope for name in request.sets))
    stored = {name for outcome in results for name, ok in outcome.variables.items() if ok}
    if final is not None:
        seeds = seeded or {}
        stored = {name for name in expected if final.get(name) and (name not in seeds or name in stored)}
    unset = [name for name in expected if name not in stored]
    return Totals(
        in_scope=len(in_scope),
        executed=len(results),
        documented=sum(outcome.documented for outcome in results),
        successes=sum(outcome.success for outcome in results),
        valid_successes=sum(
            outcome.success and outcome.body_check is not None and outcome.body_check.valid for outcome in results
        ),
        variables_expected=expected,
        variables_set=tuple(name for name in expected if name in stored),
        variables_excused=excused_variables(unset, in_scope, results),
    )


def exported_variables(document: Mapping[str, Any]) -> dict[str, str]:
    """The non-empty values of an environment newman exported (`--export-environment`)."""
    values = document.get("values") if isinstance(document, Mapping) else None
    return {
        str(entry["key"]): str(entry["value"])
        for entry in values or ()
        if isinstance(entry, Mapping) and entry.get("key") and entry.get("value") not in (None, "")
    }


def excused_variables(unset: Iterable[str], in_scope: Sequence[Request], results: Sequence[Outcome]) -> dict[str, str]:
    """Variables the collection itself keeps from being set, whatever BILL answers:
    - only requests that send the variable set it, so it has to exist before it can be set;
    - every request that sets it sends a body that is not JSON (the collection's typo).
    """
    excused: dict[str, str] = {}
    for name in unset:
        setters = [request for request in in_scope if name in request.sets]
        ran = [outcome for outcome in results if name in outcome.request.sets]
        if setters and all(name in request.references for request in setters):
            excused[name] = f"only the request that sends it sets it ({setters[0].key})"
        elif ran and all(outcome.sent_invalid_json for outcome in ran):
            excused[name] = f"the collection's body is not valid JSON ({ran[0].request.key})"
    return excused


def shortfalls(summary: Totals, targets: Targets = TARGETS) -> list[str]:
    """What keeps the run from passing; empty when every target is met."""
    missed: list[str] = []
    if summary.executed < summary.in_scope:
        missed.append(f"only {summary.executed} of {summary.in_scope} requests in scope ran")
    if summary.documented_percent < targets.documented_percent:
        missed.append(
            f"documented statuses {summary.documented_percent:.1f}% < {targets.documented_percent:.0f}% target"
        )
    if summary.valid_successes < summary.successes:
        missed.append(f"{summary.successes - summary.valid_successes} 2xx bodies do not match the spec")
    if summary.variables_unset:
        missed.append(f"variables never set: {', '.join(summary.variables_unset)}")
    return missed


def cause(outcome: Outcome) -> str:
    """The first reason, in order of what to fix first, why a failed request failed."""
    code = outcome.error_code
    if outcome.status is None:
        return f"no answer ({outcome.problem or 'newman sent nothing'})"
    if outcome.status == 501:
        return "501: the operation is in the spec, the mock has no handler yet"
    if outcome.status == 404 and code == "BDC_1121":
        return "404 BDC_1121: the path is not in the spec (or mock) yet"
    if not outcome.documented and outcome.unset_inputs:
        return f"sent a variable no earlier request set: {', '.join(sorted(outcome.unset_inputs))}"
    if not outcome.documented and outcome.placeholders:
        return f"sent a placeholder id (no script or lookup gives one): {', '.join(sorted(outcome.placeholders))}"
    if not outcome.documented:
        documented = ", ".join(str(status) for status in sorted(outcome.request.documented)) or "none"
        return f"{outcome.status} {code}".rstrip() + f": status not among the documented ({documented})"
    if outcome.body_check is not None and not outcome.body_check.valid:
        return "2xx body does not match the spec"
    unset = ", ".join(name for name, ok in outcome.variables.items() if not ok)
    if outcome.sent_invalid_json:
        return f"the collection's body is not valid JSON, so BILL too answers 400 and {unset} stays unset"
    return f"test script did not set {unset}"


def causes(results: Iterable[Outcome]) -> dict[str, list[Outcome]]:
    grouped: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in results:
        if outcome.failed:
            grouped[cause(outcome)].append(outcome)
    return dict(sorted(grouped.items(), key=lambda entry: (-len(entry[1]), entry[0])))


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "NO")


def _status_text(outcome: Outcome) -> str:
    if outcome.status is None:
        return "---"
    code = outcome.error_code if outcome.status >= 400 else ""
    return f"{outcome.status} {code}".rstrip()


def _variables_text(outcome: Outcome) -> str:
    return " ".join(name if ok else f"!{name}" for name, ok in outcome.variables.items()) or "-"


def render(results: Sequence[Outcome], summary: Totals, report_only: bool, targets: Targets = TARGETS) -> str:
    """The per-request table, the failures by cause, documented error answers, and the totals."""
    lines = [
        f"{'#':>3}  {'status':<13} {'doc':<3} {'body':<4} {'variables':<30} request",
    ]
    for outcome in results:
        body = None if outcome.body_check is None else outcome.body_check.valid
        lines.append(
            f"{outcome.position + 1:>3}  {_status_text(outcome):<13} {_mark(outcome.documented):<3} "
            f"{_mark(body):<4} {_variables_text(outcome):<30} {outcome.request.key}  [{outcome.method} {outcome.path}]"
        )
    grouped = causes(results)
    if grouped:
        lines += ["", "Failures by cause:"]
        for reason, members in grouped.items():
            lines.append(f"  {len(members):>3}  {reason}")
            for outcome in members:
                detail = _detail(outcome)
                lines.append(f"         - {outcome.request.key}" + (f": {detail}" if detail else ""))
    answered = [o for o in results if o.documented and o.status is not None and o.status >= 400]
    if answered:
        lines += ["", "Documented error answers (they count as documented; listed to show what the mock refused):"]
        lines += [f"  - {o.request.key}: {_status_text(o)} {o.error_message[:120]}" for o in answered]
    lines += ["", *_totals_lines(summary, targets)]
    missed = shortfalls(summary, targets)
    if not missed:
        lines.append("Result: PASS, every target met.")
    elif report_only:
        lines.append(f"Result: report only, targets not met ({'; '.join(missed)}).")
    else:
        lines.append(f"Result: FAIL ({'; '.join(missed)}).")
    return "\n".join(lines)


def _detail(outcome: Outcome) -> str:
    if outcome.body_check is not None and not outcome.body_check.valid:
        return outcome.body_check.detail
    if outcome.status is not None and outcome.status >= 400:
        return outcome.error_message[:160]
    return outcome.problem


def _totals_lines(summary: Totals, targets: Targets) -> list[str]:
    unset = f" (never set: {', '.join(summary.variables_unset)})" if summary.variables_unset else ""
    counted = len(summary.variables_expected) - len(summary.variables_excused)
    excused = [f"    excused: {name}: {reason}" for name, reason in summary.variables_excused.items()]
    return [
        "Totals:",
        f"  requests in scope        {summary.in_scope} ({summary.executed} ran)",
        f"  documented statuses      {summary.documented}/{summary.in_scope} = {summary.documented_percent:.1f}%"
        f" (target {targets.documented_percent:.0f}%)",
        f"  2xx bodies valid         {summary.valid_successes}/{summary.successes} (target all)",
        f"  variables set            {len(summary.variables_set)}/{len(summary.variables_expected)}"
        f" (target: all {counted} not excused){unset}",
        *excused,
    ]
