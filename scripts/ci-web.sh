#!/usr/bin/env bash
# What the API and browser tests need: FastAPI/uvicorn/httpx, schemathesis and Playwright in the
# venv, Debian's Chromium (Playwright drives it; `playwright install` is never run), and the
# explorer's assets built from npm packages (web/, node 20 + npm). Installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
PY="${VENV:-.venv}/bin/python"

if [ ! -x /usr/bin/chromium ]; then
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
fi

# The venv `make test` uses (created here if it is not there yet, by the Makefile's own rule).
[ -x "$PY" ] || make "${VENV:-.venv}/.installed"
"$PY" -m pip install --quiet "fastapi>=0.110" "uvicorn>=0.29" "httpx>=0.27" "schemathesis>=4,<5" "playwright>=1.44"

if ! command -v npm >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
(cd web && npm ci --no-audit --no-fund --loglevel=error && node build.mjs)
