"""`python -m conformance`: BILL's own Postman collection, run with newman against the mock.

Steps: read the collection (never needed at run time by the project: absent -> skip, exit 0), keep the
folders in scope, put them in PLAN order, write an instrumented copy and the environment to a temp folder,
start the mock on a loopback port, run newman once, and judge its JSON report (see report.py).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx

import bill_mock
from conformance import collection as postman
from conformance import environment, newman, plan, report
from conformance.schemas import ResponseSchemas

__all__ = ["COLLECTION_ENV", "Result", "default_collection_path", "main", "run"]

COLLECTION_ENV = "BILL_POSTMAN_COLLECTION"
COLLECTION_NAME = "bill-v3-postman-collection.json"
REPO = Path(__file__).resolve().parent.parent
UPLOAD_NAME = "business_details.pdf"
SAMPLE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
"""What the collection's uploads send: it leaves the file to the person running it."""

_PROCESS_DATE = re.compile(r'"processDate"\s*:\s*"([0-9]{4}-[0-9]{2}-[0-9]{2})"')


def default_collection_path() -> Path:
    """--collection, else $BILL_POSTMAN_COLLECTION, else shared/reference beside the repository."""
    configured = os.environ.get(COLLECTION_ENV)
    if configured:
        return Path(configured)
    return REPO.parent / "shared" / "reference" / COLLECTION_NAME


@dataclass(slots=True)
class Result:
    """What a run found; `skipped` says why nothing ran."""

    skipped: str = ""
    outcomes: list[report.Outcome] = field(default_factory=list)
    totals: report.Totals | None = None
    shortfalls: list[str] = field(default_factory=list)
    seconds: float = 0.0
    text: str = ""

    @property
    def passed(self) -> bool:
        return not self.skipped and self.totals is not None and not self.shortfalls


def run(
    collection_path: Path,
    *,
    report_only: bool = False,
    keep: Path | None = None,
    verbose: bool = False,
    install: bool = True,
) -> Result:
    """One conformance run; raises newman.NewmanUnavailable when newman cannot be installed or started."""
    started = time.monotonic()
    if not collection_path.is_file():
        return Result(skipped=f"no Postman collection at {collection_path} (set --collection or ${COLLECTION_ENV})")
    source = postman.load(collection_path)
    in_scope = source.in_folders(plan.SCOPE)
    if not in_scope:
        return Result(skipped=f"{collection_path} has none of the folders in scope: {', '.join(plan.SCOPE)}")
    ordering = plan.order(in_scope)
    # `install=False` (the test suite) only runs a newman already installed: tests reach no network.
    newman_bin = newman.ensure_installed() if install else newman.installed()
    if newman_bin is None:
        raise newman.NewmanUnavailable(
            "newman is not installed; run `make install` (it runs npm ci when npm is on PATH)"
        )
    schemas = ResponseSchemas.from_bill_spec()
    needed = set().union(*(request.references for request in ordering.requests))
    with tempfile.TemporaryDirectory(prefix="bill-conformance-") as scratch:
        workdir = keep or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        clock = bill_mock.MockClock(mock_start(ordering.requests))
        with _quiet_mock(), bill_mock.running(bill_mock.create_app(clock)) as root:
            sandbox = httpx.get(f"{root}/_mock/sandbox", timeout=10).raise_for_status().json()
            with httpx.Client(base_url=root + environment.API_PREFIX, timeout=10) as client:
                env = environment.build(sandbox, root, needed, _OrganizationLister(client, sandbox))
            collection_file, environment_file = _write_inputs(workdir, source, ordering, env)
            finished = newman.run(newman_bin, collection_file, environment_file, workdir, verbose=verbose)
            newman_report = json.loads(finished.report.read_text(encoding="utf-8"))
            final = _exported(finished.environment)
    outcomes = report.outcomes(newman_report, ordering.requests, schemas.check, env.placeholders, env.values)
    summary = report.totals(outcomes, in_scope, final, env.values)
    seconds = time.monotonic() - started
    preamble = _preamble(collection_path, ordering, env, plan.chain_breaks(ordering.requests, env.values))
    text = "\n".join(
        [*preamble, report.render(outcomes, summary, report_only), f"Run time: {seconds:.1f}s (mock + newman)"]
    )
    return Result(outcomes=outcomes, totals=summary, shortfalls=report.shortfalls(summary), seconds=seconds, text=text)


def mock_start(requests: Sequence[postman.Request]) -> datetime | None:
    """When the mock's clock starts: the morning of the earliest payment date the collection sends.

    BILL refuses a payment dated in the past, and the collection's payments carry the fixed dates it was written
    with. Starting the mock on the first of them keeps every one of those dates today or later, as when the
    collection was written. None (the mock's default start) when the collection sends no payment date.
    """
    found: list[date] = []
    for request in requests:
        body = request.item.get("request", {}).get("body") or {}
        raw = body.get("raw") if isinstance(body, Mapping) else None
        for text in _PROCESS_DATE.findall(raw if isinstance(raw, str) else ""):
            try:
                found.append(date.fromisoformat(text))
            except ValueError:
                continue
    if not found:
        return None
    first = min(found)
    return datetime(first.year, first.month, first.day, 9, tzinfo=UTC)


def _write_inputs(
    workdir: Path, source: postman.Collection, ordering: plan.Ordering, env: environment.Environment
) -> tuple[Path, Path]:
    """The run's copy of the collection, its environment and the file its uploads send, in `workdir`."""
    collection_file = workdir / "collection.json"
    environment_file = workdir / "environment.json"
    upload = workdir / UPLOAD_NAME
    upload.write_bytes(SAMPLE_PDF)
    run_copy = plan.run_collection(source, ordering.requests, upload=str(upload))
    collection_file.write_text(json.dumps(run_copy, indent=1), encoding="utf-8")
    environment_file.write_text(json.dumps(environment.newman_environment(env), indent=1), encoding="utf-8")
    return collection_file, environment_file


def _exported(path: Path) -> dict[str, str] | None:
    """The environment newman left behind, or None when it wrote none (the report then decides alone)."""
    try:
        return report.exported_variables(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


class _OrganizationLister:
    """Reads v3 lists as the sandbox organization's administrator, signing in on first use."""

    def __init__(self, client: httpx.Client, sandbox: Mapping[str, Any]) -> None:
        self._client = client
        self._organization: Mapping[str, Any] = sandbox.get("organization") or {}
        self._headers: dict[str, str] | None = None

    def __call__(self, path: str) -> list[Mapping[str, Any]]:
        headers = self._headers or self._login()
        body = _json_object(self._client.get(path, headers=headers))
        results = body.get("results")
        return [record for record in results if isinstance(record, dict)] if isinstance(results, list) else []

    def _login(self) -> dict[str, str]:
        fields = {key: self._organization.get(key) for key in ("devKey", "username", "password", "organizationId")}
        session = _json_object(self._client.post("/v3/login", json=fields)).get("sessionId")
        self._headers = {"devKey": str(fields["devKey"]), "sessionId": str(session)}
        return self._headers


def _json_object(response: httpx.Response) -> Mapping[str, Any]:
    """A 200 answer's JSON object; anything else reads as empty, so a lookup falls back to its placeholder."""
    try:
        body = response.json() if response.status_code == 200 else None
    except ValueError:
        body = None
    return body if isinstance(body, dict) else {}


@contextmanager
def _quiet_mock() -> Iterator[None]:
    """The mock logs the operations it has no handler for at start-up; the report shows them as 501s."""
    logger = logging.getLogger("bill_mock")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _preamble(
    path: Path, ordering: plan.Ordering, env: environment.Environment, breaks: Sequence[plan.ChainBreak]
) -> list[str]:
    lines = [f"BILL Postman collection: {path}", f"Folders in scope: {', '.join(plan.SCOPE)}"]
    if ordering.unmatched:
        lines.append(f"PLAN entries that match nothing (collection changed?): {', '.join(ordering.unmatched)}")
    if ordering.unplanned:
        lines.append(f"Requests PLAN does not place (run last): {', '.join(ordering.unplanned)}")
    if env.missing:
        lines.append(f"Sandbox fields missing (their variables stay unset): {', '.join(env.missing)}")
    if env.placeholders:
        lines.append(
            f"Placeholder ids (no script, sandbox field or lookup gives one): {', '.join(sorted(env.placeholders))}"
        )
    if breaks:
        unchained = ", ".join(f"{b.variable} <- {b.request}" for b in breaks)
        lines.append(f"Variables sent before any script sets them: {unchained}")
    return [*lines, ""]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--collection",
        type=Path,
        default=None,
        help=f"the collection file (default: ${COLLECTION_ENV} or <repo>/../shared/reference/{COLLECTION_NAME})",
    )
    parser.add_argument("--report-only", action="store_true", help="print the report and exit 0 whatever it says")
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="write the run's files (collection, environment, newman report) to this folder instead of a temporary one",
    )
    parser.add_argument("--verbose", action="store_true", help="show newman's own output as it runs")
    options = parser.parse_args(argv)
    path = options.collection or default_collection_path()
    try:
        result = run(path, report_only=options.report_only, keep=options.keep, verbose=options.verbose)
    except (postman.CollectionError, newman.NewmanUnavailable) as exc:
        print(f"conformance: {exc}", file=sys.stderr)
        return 0 if options.report_only else 2
    if result.skipped:
        print(f"conformance: skipped: {result.skipped}")
        return 0
    print(result.text)
    return 0 if options.report_only or result.passed else 1
