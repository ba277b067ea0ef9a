#!/usr/bin/env bash
# Makes sure a Java runtime for the Spark tests is present: PySpark 4 needs Java 17 or newer.
# Installs Debian's headless JRE when `java` is missing; does nothing when one is already there.
set -euo pipefail

java_major() {
  java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

if command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ]; then
  java -version 2>&1 | head -1
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# default-jre-headless is OpenJDK 17 on Debian 12; a newer release brings a newer one.
apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
java -version 2>&1 | head -1
if [ "$(java_major)" -lt 17 ]; then
  echo "ci-java.sh: Java $(java_major) installed, but Spark needs 17 or newer" >&2
  exit 1
fi
