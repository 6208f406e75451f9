# Two commands that work on a fresh machine (Python 3.11 or 3.12, pip, gcc, make):
#   make run   — screens the bundled sample households with the embedded rules
#   make test  — runs the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATE ?= 2025-12-14

.PHONY: install run test clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert (3, 11) <= sys.version_info[:2] < (3, 13), "Cần Python 3.11 hoặc 3.12 (durable-rules không chạy trên 3.13)"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/dungdoituong classify data/sample/households.json --date $(DATE)

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache
