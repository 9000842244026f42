# Everything runs inside .venv, which the first target that needs it creates.
# A fresh machine needs only Python 3.11, make and git.

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
DEMO_STAMP := $(VENV)/.demo-stamp
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help venv wheel generate check-generated lint typecheck test test-fast demo mock contract contract-live \
        bench bench-quick soak spec-diff check-breaking clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F "\t" '{ printf "  %-18s %s\n", $$1, $$2 }'

$(STAMP): pyproject.toml constraints.txt
	@echo "==> setting up $(VENV) with $(PYTHON)"
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required, found " + sys.version.split()[0]'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)  ## create .venv and install the project with its dev tools

# `make demo` needs only the runtime, the mocks and the command line: a fraction of the dev toolchain.
# A .venv that already has everything (make test) is used as it is.
$(DEMO_STAMP): pyproject.toml constraints.txt
	@echo "==> setting up $(VENV) for the demo with $(PYTHON): the clients, the mocks and the command line (make test adds the dev tools)"
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required, found " + sys.version.split()[0]'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@set -o pipefail; PYTHONUNBUFFERED=1 $(PY) -m pip install --disable-pip-version-check -c constraints.txt -e '.[cli,mock]' \
		| awk '/^Collecting /{ n++; sub(/ \(from .*/, ""); printf "  [%2d] %s\n", n, substr($$0, 12); fflush() } \
		       /^Successfully installed/{ print "  installed."; fflush() }'
	@touch $(DEMO_STAMP)

generate: $(STAMP)  ## regenerate generated/<package> for every API, report what changed, type-check the overlays
	@$(PY) -m tools.generate
	@$(BIN)/mypy overlays generated || { echo; echo "The overlays no longer type-check against the regenerated code (errors above name"; \
		echo "the file, line and symbol). Fix overlays/ before shipping: see README, 'When the API changes'."; exit 1; }

check-generated: $(STAMP)  ## fail when generated/ differs from what openapi/ produces
	@$(PY) -m tools.generate --check

lint: $(STAMP)  ## validate every spec, then ruff the hand-written code
	@$(PY) -m tools.lint_specs
	@$(BIN)/ruff check overlays mocks tests tools demo benchmarks
	@$(BIN)/ruff format --check overlays mocks tests tools demo benchmarks

typecheck: $(STAMP)  ## mypy --strict on the runtime, the overlays and the generated clients
	@$(BIN)/mypy overlays generated

test: lint check-generated typecheck  ## the whole suite: lint, drift check, types, unit/contract/e2e/fault tests
	@$(BIN)/pytest -q

demo: $(if $(wildcard $(STAMP)),$(STAMP),$(DEMO_STAMP))  ## set up (runtime, mocks, CLI only), start the embedded mocks, show the three clients at work
	@$(PY) -m demo

wheel: $(STAMP)  ## build the wheel users install (dist/typed_api_clients-<version>-py3-none-any.whl)
	@rm -rf build
	@$(PY) -m pip wheel --no-deps --quiet --disable-pip-version-check -w dist .
	@ls dist/typed_api_clients-*.whl

mock: $(STAMP)  ## serve the CubiCasa mock on 127.0.0.1:4010 (API=pulse_crm|nuweb for the others)
	@$(PY) -m clientkit_mocks $(or $(API),cubicasa) --host 127.0.0.1 --port $(or $(PORT),4010)

contract: $(STAMP)  ## schemathesis contract tests against the mocks
	@$(BIN)/pytest -q tests/contract

contract-live: $(STAMP)  ## read-only (GET) contract run on a live API: API=cubicasa URL=... API_KEY=... [ALLOW_WRITES=1]
	@test -n "$(URL)" || { echo "usage: make contract-live API=cubicasa URL=https://... API_KEY=..."; exit 2; }
	@API_KEY="$(API_KEY)" ACCOUNT_ID="$(ACCOUNT_ID)" COMPANY_ID="$(COMPANY_ID)" \
		$(PY) -m tools.contract_live --api $(or $(API),cubicasa) --url "$(URL)" $(if $(ALLOW_WRITES),--allow-writes)

bench: $(STAMP)  ## every benchmark, goals enforced; prints the table and writes benchmarks/results.md (Prism via npm)
	@$(PY) -m benchmarks

bench-quick: $(STAMP)  ## every benchmark once with tiny sizes, no goals enforced (what tests/benchmarks runs)
	@$(PY) -m benchmarks --quick

soak: $(STAMP)  ## the fault and concurrency tests at 10x (10,000 faulty calls per client); figures as Markdown
	@SOAK_SCALE=10 $(PY) -m tests.reliability_report

spec-diff: $(STAMP)  ## change report of openapi/ vs git (API=name, default all; BASE=ref, default HEAD; FORMAT=text|markdown|json)
	@$(PY) -m tools.spec_diff $(if $(API),--api $(API),--all) --base $(or $(BASE),HEAD) --format $(or $(FORMAT),text)

check-breaking: $(STAMP)  ## fail when a breaking spec change since BASE (default HEAD) is not recorded in CHANGELOG.md
	@$(PY) -m tools.spec_diff --all --base $(or $(BASE),HEAD) --check-changelog

clean:  ## remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
