# Set-up and everyday commands. Each target creates or updates the local virtualenv it needs.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
RASD    = $(VENV)/bin/rasd
DATA   ?= ../shared/data
STAMP   = $(VENV)/.installed

.PHONY: demo test lint bench docs clean

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

bench: $(STAMP)
	@for b in benchmarks/bench*.py; do echo "== $$b"; RASD_DATA=$(DATA) $(PY) $$b || exit 1; done

docs: $(STAMP)
	$(PY) -m rasd.cli.docgen > docs/cli.md

clean:
	rm -rf $(VENV) out build .pytest_cache .ruff_cache
