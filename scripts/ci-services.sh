#!/bin/sh
# Services the test suite needs beyond Python packages: a PostgreSQL server for the corpus store's
# PostgreSQL back-end. The tests start their own throwaway server (initdb + pg_ctl in a temporary
# folder, as the postgres user when run as root), so the package only has to be installed; the
# cluster Debian creates on installation is not used.
set -eu

if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "ci-services: PostgreSQL binaries already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql
ls /usr/lib/postgresql/*/bin/initdb
