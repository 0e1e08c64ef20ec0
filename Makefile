# Two commands matter: `make demo` and `make test`. Both build .venv first; only Python 3.11+ is assumed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: all install demo test lint typecheck codegen mock clean contract-deep conformance

all: install

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bill-sdk needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[mock,dev]'
	mkdir -p $(VENV)/mypy-path && ln -sfn ../../spec $(VENV)/mypy-path/bill_spec
	@touch $(STAMP)

NEWMAN := conformance/node_modules/.package-lock.json

# newman (pinned in conformance/package-lock.json) for BILL's collection run, installed here so that the tests
# themselves reach no network. Without npm the collection run is skipped with a message, not failed.
$(NEWMAN): conformance/package-lock.json
	@if command -v npm >/dev/null; then cd conformance && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: BILL's Postman collection run will be skipped (install Node.js with npm)"; fi

install: $(STAMP) $(NEWMAN)

demo: $(STAMP)
	$(BIN)/python -m bill_sdk.demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) $(NEWMAN) lint typecheck
	$(BIN)/python -m pytest

contract-deep: $(STAMP)
	BILL_CONTRACT_EXAMPLES=500 $(BIN)/python -m pytest tests/contract

codegen: $(STAMP)
	bash codegen.sh

mock: $(STAMP)
	$(BIN)/bill-mock

# BILL's Postman collection against the mock (needs npm; newman is pinned in conformance/package-lock.json).
# CONFORMANCE_ARGS=--report-only prints the report without failing.
conformance: $(STAMP)
	$(BIN)/python -m conformance $(CONFORMANCE_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
