# Two commands do everything: `make run` and `make test`. Each creates .venv when
# needed. `make run` installs the app with its runtime extras only; `make test` adds
# the test tools, the linters and the independent references (PyTorch's CPU build,
# scikit-learn) the numbers are checked against.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
RUNTIME_EXTRAS := animation,video,3d,fast

.PHONY: run test lint benchmark clean translations
.PHONY: bundle bundle-test install-desktop uninstall-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[$(RUNTIME_EXTRAS)]'
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[$(RUNTIME_EXTRAS),test,reference,lint]'
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/python -m gdstudio

# the style (ruff) and the layering (import-linter: the core never imports Qt, no
# tab imports another) are checked before the tests
lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: $(TEST_STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

benchmark: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_core.py

# the interface's languages: lupdate gathers every translatable string of gdstudio/
# into resources/translations/gdstudio_LANG.ts (new ones unfinished, vanished ones
# dropped), lrelease compiles them into the package data the window loads.
# A new language: add its code here and to gdstudio/ui/shell/language.py, run this.
TRANSLATION_LANGUAGES := de es zh_CN
translations: $(TEST_STAMP)
	$(BIN)/python tools/translations.py update $(TRANSLATION_LANGUAGES)

clean:
	rm -rf $(VENV) build dist *.egg-info

# ---- desktop integration and the PyInstaller bundle (packaging/) ----
APP_ID := io.github.gdstudio.gdstudio
ICON_SIZES := 16 24 32 48 64 128 256 512
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
# what the menu entry starts: the .venv launcher by default; after `make bundle`,
# `make install-desktop GDSTUDIO_EXEC=$(CURDIR)/dist/gdstudio/gdstudio` uses the bundle
GDSTUDIO_EXEC ?= $(CURDIR)/$(BIN)/gdstudio
# refresh the menu's cache, the file types (lessons and sessions) and the icon theme's cache where one is kept
UPDATE_DESKTOP_CACHES = if command -v update-desktop-database >/dev/null; then update-desktop-database -q $(DATA_HOME)/applications; fi; \
	if command -v update-mime-database >/dev/null && [ -d $(DATA_HOME)/mime/packages ]; then update-mime-database $(DATA_HOME)/mime; fi; \
	if [ -f $(DATA_HOME)/icons/hicolor/icon-theme.cache ] && command -v gtk-update-icon-cache >/dev/null; then \
		gtk-update-icon-cache -q -t -f $(DATA_HOME)/icons/hicolor; fi

bundle: $(RUN_STAMP)
	$(BIN)/pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/gdstudio.spec
	@du -sh dist/gdstudio

bundle-test:
	packaging/bundle-test.sh dist/gdstudio/gdstudio

install-desktop: $(RUN_STAMP)
	install -d $(DATA_HOME)/applications $(DATA_HOME)/metainfo
	sed -e 's|^Exec=[^ ]*|Exec=$(GDSTUDIO_EXEC)|' -e 's|^TryExec=.*|TryExec=$(GDSTUDIO_EXEC)|' \
		packaging/$(APP_ID).desktop > $(DATA_HOME)/applications/$(APP_ID).desktop
	install -m 644 packaging/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/
	install -D -m 644 packaging/$(APP_ID).mime.xml $(DATA_HOME)/mime/packages/$(APP_ID).xml
	for size in $(ICON_SIZES); do \
		install -D -m 644 gdstudio/resources/icons/hicolor/$${size}x$${size}/apps/$(APP_ID).png \
			$(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/$(APP_ID).png; done
	install -D -m 644 gdstudio/resources/icons/gdstudio.svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	$(UPDATE_DESKTOP_CACHES)
	@echo "installed $(APP_ID) in $(DATA_HOME): the menu entry starts $(GDSTUDIO_EXEC)"

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/$(APP_ID).desktop $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	rm -f $(DATA_HOME)/mime/packages/$(APP_ID).xml
	rm -f $(foreach size,$(ICON_SIZES),$(DATA_HOME)/icons/hicolor/$(size)x$(size)/apps/$(APP_ID).png)
	rm -f $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	$(UPDATE_DESKTOP_CACHES)
