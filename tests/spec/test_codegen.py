"""generated/ must be exactly what codegen.sh makes of the committed spec."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tree_differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    problems: list[str] = []
    stack = [(comparison, Path())]
    while stack:
        node, rel = stack.pop()
        problems += [f"only in generated/: {rel / name}" for name in node.left_only]
        problems += [f"missing from generated/: {rel / name}" for name in node.right_only]
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)
        problems += [f"differs: {rel / name}" for name in mismatch + errors]
        stack += [(sub, rel / name) for name, sub in node.subdirs.items()]
    return sorted(problems)


def test_generated_is_what_codegen_makes_of_the_spec(tmp_path: Path) -> None:
    if shutil.which("bash") is None:
        pytest.fail("codegen.sh needs bash")
    result = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        ["bash", str(ROOT / "codegen.sh"), str(tmp_path)],  # noqa: S607 - bash from PATH, as CI runs it
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    problems = _tree_differences(ROOT / "generated", tmp_path)
    assert not problems, "generated/ is stale; run `make codegen` and commit:\n" + "\n".join(problems)
