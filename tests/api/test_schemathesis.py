"""Property tests of the whole API from its own OpenAPI description (schemathesis).

Every operation is called with generated valid and invalid parameters; no answer may be a server
error, and every answer must match what the description says about it (status, content type,
body schema). The operations are driven one by one with Hypothesis (schemathesis' pytest plugin
does not work with the pytest this project uses).
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis to run the API property tests")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

EXAMPLES = int(os.environ.get("RASD_API_FUZZ_EXAMPLES", "25"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def fuzz(operation, mode: GenerationMode) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(checks=CHECKS)

    run()


def test_every_operation_is_described(app):
    labels = {op.label for op in operations(app)}
    for expected in ("GET /api/events", "GET /api/actors/{actor_id}", "POST /api/extract", "GET /api/search"):
        assert expected in labels


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_api_never_fails_and_keeps_its_description(app, mode):
    failures = []
    for operation in operations(app):
        try:
            fuzz(operation, mode)
        except Unsatisfiable:  # an operation without parameters has no invalid input to send
            continue
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
