"""Property-based API tests: schemathesis generates valid and invalid requests from the served OpenAPI document
and checks every answer against it, on a real server process."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.server.org import DemoOrg, sign_in

EXAMPLES_PER_OPERATION = 20


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_openapi_document(live_server: str, org: DemoOrg, mode: GenerationMode) -> None:
    with httpx.Client(base_url=live_server) as http:
        token = sign_in(http, "clerk_a").token
    config = SchemathesisConfig()
    # 413: the server refuses an oversized body before reading it (server/bodies.py), a rejection as right as a 422
    # for the huge lists negative generation makes.
    rejection = config.projects.default.checks.negative_data_rejection
    rejection.expected_statuses = [*rejection.expected_statuses, "413"]
    schema = schemathesis.openapi.from_url(f"{live_server}/v1/openapi.json", config=config)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def exercise(case: schemathesis.Case) -> None:
            # The real token replaces the generated Authorization value, except where a negative case left the
            # required header out on purpose: adding it back would make the server "accept" a request the case
            # meant to be invalid.
            left_out = mode is GenerationMode.NEGATIVE and "Authorization" not in (case.headers or {})
            signed = not case.operation.path.startswith("/v1/auth") and not left_out
            headers = {"Authorization": f"Bearer {token}"} if signed else {}
            # positive_data_acceptance is off: schema-valid input can still name things that do not exist (a
            # made-up snapshot page token, an unknown upload id), and those are rightly answered 4xx.
            case.call_and_validate(base_url=live_server, headers=headers, timeout=20,
                                   excluded_checks=[positive_data_acceptance])

        try:
            exercise()
        except Unsatisfiable:
            continue  # nothing to make invalid in an operation without inputs (the health check)
        except Exception as error:  # collect all operations' failures, then report them together
            failures.append(f"{operation.method.upper()} {operation.path}: {error}")
    assert not failures, "\n\n".join(failures)
