# Two commands that work on a fresh machine (Python 3.11 or 3.12, pip, gcc, make):
#   make run   — screens the bundled sample households with the embedded rules, then serves the
#                web page and API on http://127.0.0.1:8000/ (HOST=… PORT=… to change)
#   make test  — runs the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATE ?= 2025-12-14
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run browser test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert (3, 11) <= sys.version_info[:2] < (3, 13), "Cần Python 3.11 hoặc 3.12 (durable-rules không chạy trên 3.13)"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/dungdoituong classify data/sample/households.json --date $(DATE)
	@echo "Mở trình duyệt tại http://$(HOST):$(PORT)/ (trang xét hộ, kiểm tra danh sách, quy tắc); API: http://$(HOST):$(PORT)/openapi.json"
	$(BIN)/dungdoituong serve --host $(HOST) --port $(PORT)

# The real-browser test drives Debian's chromium (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null || ( SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium )

test: $(STAMP) browser
	$(BIN)/python -m pytest

# Benchmarks of issue 5 (long, never part of make test): peer engines, batch at 100k/1M/5M, Dask,
# latency, POST /screen under load on loopback. Prints a table and writes bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	PYTHONPATH=. $(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
