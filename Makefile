# Set-up and everyday commands. Each target creates or updates the local virtualenv it needs.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
RASD    = $(VENV)/bin/rasd
DATA   ?= ../shared/data
STAMP   = $(VENV)/.installed

.PHONY: demo test lint bench docs web clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

demo: $(STAMP)
	@mkdir -p out
	$(RASD) extract examples/articles/*.txt --format pretty
	$(RASD) extract examples/articles/*.txt --format jsonl -o out/demo.jsonl
	@echo "documents written to out/demo.jsonl"

test: $(STAMP)
	$(PY) -m ruff check src tests benchmarks
	RASD_DATA=$(DATA) $(PY) -m pytest -q

# Every benchmark prints its figures; none asserts a speed. BENCH_DOCS sizes the generated ingest corpus
# (the issue's 20,000 documents by default; `make bench BENCH_DOCS=2000` for a quick run).
BENCH_DOCS ?= 20000
bench: $(STAMP)
	RASD_DATA=$(DATA) $(PY) benchmarks/bench.py
	RASD_DATA=$(DATA) $(PY) benchmarks/bench_scale.py --stream-mb 20
	RASD_DATA=$(DATA) $(PY) benchmarks/bench_ingest.py --docs $(BENCH_DOCS)
	RASD_DATA=$(DATA) $(PY) benchmarks/bench_api.py

# The web explorer's assets, built from npm packages into src/rasd/web/static (not committed).
web:
	cd web && npm ci --no-audit --no-fund --loglevel=error && node build.mjs

docs: $(STAMP)
	$(PY) -m rasd.cli.docgen > docs/cli.md

clean:
	rm -rf $(VENV) out build .pytest_cache .ruff_cache
