# Agora — two commands set everything up: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench demo clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/agora demo --if-missing
	$(BIN)/agora

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(MAKE) lint

lint: $(STAMP)
	$(BIN)/ruff check agora ui tests bench tools
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m bench

demo: $(STAMP)
	$(BIN)/agora demo

clean:
	rm -rf $(VENV) build dist .pytest_cache

# The desktop application: one folder in dist/agora (build.spec), and its smoke test (CI runs
# `make dist smoke`). PyInstaller comes with the dev dependencies, or is installed here.
.PHONY: dist smoke
dist: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install --quiet "pyinstaller>=6.10,<7"
	$(BIN)/pyinstaller --clean --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

smoke:
	packaging/smoke.sh dist/agora

# The English catalogue: extract, reuse known translations, compile (see tools/translations.py).
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python tools/translations.py

# The user guide's pictures (docs/images/guide-*.png), made from the app itself, offscreen.
.PHONY: screenshots
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
