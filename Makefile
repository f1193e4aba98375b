# Two commands for a newcomer: `make run` (set up, seed, start) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

## Set up, seed an empty store, then run the bot (the console when there is no token).
run: install
	$(BIN)/python -m bot seed
	@if $(BIN)/python -c "import sys; from bot.settings import Settings; sys.exit(0 if Settings().token else 1)"; then \
		$(BIN)/python -m bot run; \
	else \
		echo "Chưa có TELEGRAM_BOT_TOKEN: mở chế độ ngoại tuyến (console). Gõ /xa Mỹ Thạnh"; \
		$(BIN)/python -m bot console; \
	fi

## Lint and run every test, offline.
test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/lookup.py
	$(BIN)/python bench/digest.py
	$(BIN)/python bench/broadcast.py
	$(BIN)/python bench/editing.py
	$(BIN)/python bench/reach.py
	$(BIN)/python bench/damage.py
	$(BIN)/python bench/crashloop.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
