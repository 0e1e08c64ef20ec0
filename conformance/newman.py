"""newman, pinned in conformance/package-lock.json and installed by `npm ci` under conformance/node_modules."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["HERE", "NewmanUnavailable", "Run", "ensure_installed", "installed", "run"]

HERE = Path(__file__).resolve().parent
INSTALL_TIMEOUT = 300.0
RUN_TIMEOUT = 600.0
REQUEST_TIMEOUT_MS = 30_000


class NewmanUnavailable(RuntimeError):
    """newman cannot be installed or started here; the message says why."""


@dataclass(frozen=True, slots=True)
class Run:
    report: Path
    environment: Path
    returncode: int
    output: str


def installed(folder: Path = HERE) -> Path | None:
    """The newman executable `npm ci` installed from the lock file, or None when it is missing or stale."""
    newman = folder / "node_modules" / ".bin" / "newman"
    marker = folder / "node_modules" / ".package-lock.json"
    lock = folder / "package-lock.json"
    if newman.exists() and marker.exists() and marker.stat().st_mtime >= lock.stat().st_mtime:
        return newman
    return None


def ensure_installed(folder: Path = HERE) -> Path:
    """The newman executable, after `npm ci` when node_modules is missing or older than the lock file."""
    newman = installed(folder)
    if newman is not None:
        return newman
    newman = folder / "node_modules" / ".bin" / "newman"
    npm = shutil.which("npm")
    if npm is None:
        raise NewmanUnavailable("npm is not on PATH; install Node.js 18+ (with npm) to run the conformance check")
    try:
        completed = subprocess.run(  # noqa: S603 - fixed arguments, npm found on PATH
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NewmanUnavailable(f"npm ci failed in {folder}: {exc}") from exc
    if completed.returncode != 0 or not newman.exists():
        raise NewmanUnavailable(f"npm ci failed in {folder}:\n{completed.stderr.strip()[-2000:]}")
    return newman


def run(newman: Path, collection: Path, environment: Path, workdir: Path, *, verbose: bool = False) -> Run:
    """Runs the collection once with the JSON reporter; newman's own exit code (1 when a pm.test fails) is
    kept for the record but does not decide anything: the JSON report does."""
    report = workdir / "newman-report.json"
    exported = workdir / "environment-after.json"
    command = [
        str(newman),
        "run",
        str(collection),
        "--environment",
        str(environment),
        "--export-environment",
        str(exported),
        "--reporters",
        "cli,json" if verbose else "json",
        "--reporter-json-export",
        str(report),
        "--timeout-request",
        str(REQUEST_TIMEOUT_MS),
        "--color",
        "off",
        "--disable-unicode",
    ]
    try:
        completed = subprocess.run(  # noqa: S603 - our own arguments
            command,
            cwd=workdir,
            capture_output=not verbose,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
            env={**os.environ, "NO_COLOR": "1"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NewmanUnavailable(f"newman did not run: {exc}") from exc
    if not report.exists():
        output = (completed.stderr or "") + (completed.stdout or "")
        raise NewmanUnavailable(f"newman wrote no report (exit {completed.returncode}):\n{output.strip()[-2000:]}")
    return Run(report, exported, completed.returncode, (completed.stdout or "") if not verbose else "")
