# ca-archive: the two commands in the README, plus helpers.
# Each target sets up what it needs on a fresh machine that has only python3 (>= 3.11) and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint format bench chromium clean

## demo: set up, start the bundled sample site, crawl it into archive.db, and serve the archive
demo: $(STAMP)
	$(BIN)/ca-archive demo

## test: set up (virtualenv, dev extras, headless Chromium) and run the whole test suite
test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/pytest

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## chromium: the browser test drives Debian's Chromium through Playwright (no browser download);
## a small Devanagari font lets screenshots of Hindi pages show letters rather than boxes.
BROWSER_PKGS := chromium fonts-lohit-deva
chromium:
	@dpkg -s $(BROWSER_PKGS) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BROWSER_PKGS) >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .

## bench: every benchmark in bench/, each printing its ratio to a baseline measured in the same run
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
