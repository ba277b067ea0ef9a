"""A local[2] Spark session for the Spark tests, or a skip that says what is missing."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def spark():
    from rasd.spark.job import SparkUnavailable, check_runtime, session

    try:
        check_runtime()
    except SparkUnavailable as exc:
        pytest.skip(f"Spark tests need pyspark and Java: {exc} (CI installs both: scripts/ci-java.sh)")
    s = session("local[2]", app="rasd-tests")
    yield s
    s.stop()
