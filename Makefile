# Two commands a newcomer needs: `make run` and `make test`. Both create .venv when it is
# missing and reinstall only when pyproject.toml changed, so a second run takes seconds.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest bench translations package package-test linux-build-deps clean

$(BIN)/python:
	@# Debian ships venv without ensurepip unless python3-venv is installed, and refuses
	@# `pip install --user` (PEP 668); a pip-less venv filled by the system pip works on both.
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		rm -rf $(VENV); \
		echo "python3 -m venv has no pip here; creating .venv without it and adding pip"; \
		$(PYTHON) -m venv --without-pip $(VENV) && \
		$(PYTHON) -m pip --python $(BIN)/python install --quiet pip; }
	@$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/workbook

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

test: lint typecheck pytest

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Qt's lupdate collects the texts into resources/translations/workbook_<lang>.ts (translate
# them there, e.g. with pyside6-linguist), lrelease compiles the .qm files the app loads.
translations: $(TEST_STAMP)
	$(BIN)/python resources/translations/update.py

# Packaging (packaging/, README "Build"): `make package` builds the one-folder Linux app in
# dist/workbook/ and, where dpkg-deb exists, dist/workbook_<version>_<arch>.deb;
# `make package-test` builds both again from scratch and runs the built app end to end
# (the slow test that `make test` leaves out).
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@

# Qt's X11 plugin needs these at build time so PyInstaller can bundle them; a fresh Debian
# machine lacks some. Installed when missing (as root, as on CI), else the command is shown.
LINUX_BUILD_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 binutils \
	desktop-file-utils appstream strace

linux-build-deps:
	@if command -v dpkg >/dev/null; then \
		missing=$$(for p in $(LINUX_BUILD_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then \
				apt-get update -qq && apt-get install -y -qq $$missing; \
			else echo "Please install first: sudo apt install $$missing"; exit 1; fi; \
		fi; \
	fi

package: $(PACKAGE_STAMP) linux-build-deps
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/workbook.spec
	@echo "Built dist/workbook/ ($$(du -sh dist/workbook | cut -f1)); run dist/workbook/workbook"
	@if command -v dpkg-deb >/dev/null; then $(BIN)/python packaging/linux/build_deb.py; \
	else echo "dpkg-deb not found: no .deb made (the folder above is the app)"; fi

package-test: $(PACKAGE_STAMP) $(TEST_STAMP) linux-build-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_packaging.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
