# Two commands set up a fresh machine: `make run` and `make test` (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
export QT_QPA_PLATFORM_TEST := offscreen

.PHONY: run install install-dev deps test lint typecheck check-layers bench forms translations demo clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP) $@

install: $(STAMP)

install-dev: $(DEVSTAMP)

# Debian packages the tests need; installed only when missing (CI runs as root on a clean machine).
DEB_PKGS := poppler-utils xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3 postgresql softhsm2
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Missing Debian packages:$$missing (run 'sudo make deps')"; fi; \
	fi

# Bytecode first: an editable install has none, and a start that compiles the client's modules takes 50 ms more.
run: $(STAMP)
	@$(BIN)/python -m compileall -q officedesk >/dev/null
	$(BIN)/officedesk --demo-if-missing

lint: $(DEVSTAMP)
	$(BIN)/ruff check officedesk tests

typecheck: $(DEVSTAMP)
	$(BIN)/mypy officedesk

check-layers: $(DEVSTAMP)
	$(BIN)/python tools/check_layers.py

test: deps $(DEVSTAMP) lint typecheck check-layers
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: deps $(DEVSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run.py

forms: $(DEVSTAMP)
	$(BIN)/python tools/build_forms.py

translations: $(DEVSTAMP)
	$(BIN)/python tools/build_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info
