# LVS Desktop. `make run` opens the app on a demo vault; `make test` runs every test.
# Both create .venv and install what they need on a machine that has only Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_VAULT := .demo/demo.lvsvault
PYTEST_WORKERS ?= 2

.PHONY: install run test lint screenshots bench bench-small translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/lvs-desktop --demo --vault $(DEMO_VAULT)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check lvs_desktop tests benchmarks
	$(BIN)/mypy lvs_desktop/models lvs_desktop/store lvs_desktop/sync

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m lvs_desktop.ui.screenshots screenshots

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

bench-small: $(STAMP)
	$(BIN)/python -m benchmarks.run --small

translations: $(STAMP)
	$(BIN)/python resources/translations/update_ts.py --compile

clean:
	rm -rf $(VENV) .demo screenshots build *.egg-info
