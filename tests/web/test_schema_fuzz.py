"""Schemathesis against /openapi.json: whatever the schema lets a client send, the app answers without a 5xx."""

from __future__ import annotations

from pathlib import Path
import tempfile

import hypothesis
import schemathesis
from schemathesis.checks import not_a_server_error

from tests.conftest import app_on

_folder = Path(tempfile.mkdtemp(prefix="argmap-fuzz-"))
app = app_on(_folder / "argmap.db")
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@hypothesis.settings(max_examples=40, deadline=None, suppress_health_check=list(hypothesis.HealthCheck))
def test_no_request_the_schema_allows_gets_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
