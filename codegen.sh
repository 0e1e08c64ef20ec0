#!/usr/bin/env bash
# Regenerates the client packages in generated/ from spec/.
#   bash codegen.sh            writes generated/
#   bash codegen.sh OUT_DIR    writes OUT_DIR instead (the freshness test compares the two)
# Needs the pinned tools from the dev extra (make installs them into .venv).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "${1:-$here/generated}" && cd "${1:-$here/generated}" && pwd)"
[ -d "$here/.venv/bin" ] && export PATH="$here/.venv/bin:$PATH"

OAPC_VERSION="0.29.1"
RUFF_VERSION="0.17.6"

need() {  # need TOOL VERSION: fail unless TOOL is on PATH at exactly VERSION
  local got
  got="$("$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1 || true)"
  if [ "$got" != "$2" ]; then
    echo "codegen.sh: needs $1 $2 (found: ${got:-none}); run 'make' to install the pinned tools" >&2
    exit 1
  fi
}
need openapi-python-client "$OAPC_VERSION"
need ruff "$RUFF_VERSION"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

generate() {  # generate SPEC CONFIG PACKAGE
  local spec="$work/$1" config="$here/spec/$2" package="$3"
  # The spec is a root file plus per-area fragments; bill_spec merges them exactly as it does at run time.
  python -m bill_spec bundle "$1" "$spec"
  # --fail-on-warning: a skipped endpoint or a missing ruff must stop the build, not pass silently.
  PYTHONHASHSEED=0 openapi-python-client generate --path "$spec" --config "$config" --meta none \
    --output-path "$out/$package" --overwrite --fail-on-warning >/dev/null
  rm -rf "$out/$package/.ruff_cache"
  touch "$out/$package/py.typed"
}

generate bill-v3.yaml oapc-v3.yaml bill_v3
generate bill-v3-events.yaml oapc-v3-events.yaml bill_v3_events
generate bill-v2.yaml oapc-v2.yaml bill_v2
echo "codegen.sh: generated $(find "$out" -name '*.py' | wc -l | tr -d ' ') files in $out"
