# LVS Desktop. `make run` opens the app on a demo vault; `make test` runs every test.
# Both create .venv and install what they need on a machine that has only Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_VAULT := .demo/demo.lvsvault
PYTEST_WORKERS ?= 2

.PHONY: install run test lint docs screenshots bench bench-small reliability-full translations wheel dist clean

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

# The CI ratchets: ruff on all our code; mypy --strict on the package, except the modules
# pyproject.toml lists (a list that only shrinks; tests/architecture/test_typing_ratchet.py).
lint: $(STAMP)
	$(BIN)/ruff check lvs_desktop tests benchmarks
	$(BIN)/mypy

# The command-line reference (docs/cli.md) and the README's command overview, from the parsers.
docs: $(STAMP)
	$(BIN)/python -m lvs_desktop.commands.reference --readme README.md > docs/cli.md.new
	mv docs/cli.md.new docs/cli.md

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m lvs_desktop.ui.screenshots screenshots

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# The reliability suite at benchmark size (500 kills each, every byte of a bundle); figures printed.
reliability-full: $(STAMP)
	LVS_RELIABILITY_SCALE=full QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -p no:xdist -m reliability tests/reliability

bench-small: $(STAMP)
	$(BIN)/python -m benchmarks.run --small

translations: $(STAMP)
	$(BIN)/python resources/translations/update_ts.py --compile

# The wheel (with resources/ inside): dist/lvs_desktop-<version>-py3-none-any.whl.
wheel: $(STAMP)
	$(BIN)/python -m build --wheel --no-isolation --outdir dist

# The standalone program, one folder without Python: dist/lvs-desktop/ (lvs-desktop.spec,
# docs/building.md). A few minutes; not part of `make test`.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN lvs-desktop.spec
	LVS_DIST=dist/lvs-desktop QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -p no:xdist tests/packaging/test_dist_build.py
	du -sh dist/lvs-desktop

clean:
	rm -rf $(VENV) .demo screenshots build dist *.egg-info
