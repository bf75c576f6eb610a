"""The schema rules seen from the generator's side: with them the fixture spec generates with no warning,
every operation present and fields typed as the spec means; without any one of them it does not."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

pytestmark = pytest.mark.slow

SPEC = Path(__file__).parent / "fixtures" / "generation" / "schema_rules.yaml"
EXPECTED_FIELDS = {
    "id": "str",
    "created_at": "datetime.datetime | None | Unset",  # not an empty PolicyCreatedAtType0 model
    "update_mask": "str | Unset",
    "state": "None | PolicyStateType0 | Unset",  # one enum class, not three
    "predicate": "list[list[str] | str] | Unset",
    "limit": "int | Unset",
    "mode": "ModeType0 | ModeType1 | Unset",  # the union member with a nested model survives
    "level": "None | PolicyLevelType0 | PolicyLevelType1 | Unset",  # an enum per value type, not a dropped Policy
    "User.id": "str | Unset",
    "User.summary": "str | Unset",  # allOf narrows the base's nullable summary
    "User.name": "str | Unset",
}
EXPECTED_MODULES = {
    "api/policies/get_policy.py",
    "api/users/create_user.py",
    "api/users/search_users.py",  # its path parameter is not in the template
    "api/modes/put_mode.py",
    "models/entity_all_of_0.py",  # the schema referenced by pointer, as a component
    "models/policy.py",
    "models/mode_type_0.py",
    "models/mode_type_0_columns.py",
    "models/mode_type_1.py",
    "models/policy_state_type_0.py",
    "models/policy_level_type_0.py",
    "models/policy_level_type_1.py",
    "models/user.py",
}


def generated(spec: dict[str, Any], out: Path) -> tuple[dict[str, str], set[str]]:
    """The Policy and User models' field annotations and the package's api/model modules."""
    generate_package(
        spec,
        generator_settings={"project_name_override": "rules-client", "package_name_override": "rules_client"},
        version="1.0.0",
        output_dir=out,
        templates=TEMPLATES,
    )
    package = out / "rules_client"
    fields: dict[str, str] = {}
    for model, prefix in (("policy", ""), ("user", "User.")):
        text = (package / "models" / f"{model}.py").read_text("utf-8")
        found = re.findall(r"^    (\w+): (.+?)(?: = .*)?$", text, re.MULTILINE)
        fields |= {prefix + name: kind for name, kind in found if name != "additional_properties"}
    modules = {
        str(p.relative_to(package)) for p in package.glob("*/**/*.py") if p.name != "__init__.py" and "api" in p.parts
    }
    modules |= {str(p.relative_to(package)) for p in (package / "models").glob("*.py") if p.name != "__init__.py"}
    return fields, modules


def source() -> dict[str, Any]:
    document = parse_document(SPEC.read_text("utf-8"), file=SPEC)
    assert isinstance(document, dict)
    return document


def test_with_every_rule_the_fixture_generates_typed_and_complete(tmp_path: Path) -> None:
    spec, _ = normalize(source())
    validate(spec, file=str(SPEC))
    assert generated(spec, tmp_path / "out") == (EXPECTED_FIELDS, EXPECTED_MODULES)
    # An optional union body is converted only when given (the stock template calls to_dict() on UNSET).
    put_mode = (tmp_path / "out" / "rules_client" / "api" / "modes" / "put_mode.py").read_text("utf-8")
    assert re.search(r"if not isinstance\(body, Unset\):\n\s+if isinstance\(body, ModeType0\):", put_mode)
    # A mixed-type enum (PC170) parses each value into its own type's enum and back.
    script = (
        "from rules_client.models import Policy\n"
        "for value in (1, 'two', None):\n"
        "    policy = Policy.from_dict({'id': 'p', 'level': value})\n"
        "    print(type(policy.level).__name__, policy.to_dict()['level'] == value)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path / "out", capture_output=True, text=True, timeout=60, check=True
    )
    assert run.stdout.split("\n")[:3] == ["PolicyLevelType0 True", "PolicyLevelType1 True", "NoneType True"]


# PC111 is not listed: without it, PC511 copies the request body a response names into the responses, which
# generates the same (its rule fixture still fails without it: it puts the content in place).
@pytest.mark.parametrize(
    "rule_id", ["PC101", "PC102", "PC103", "PC104", "PC106", "PC108", "PC109", "PC110", "PC170", "PC171"]
)
def test_without_the_rule_the_fixture_does_not_generate_as_meant(rule_id: str, tmp_path: Path) -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != rule_id])
    try:
        result = generated(spec, tmp_path / "out")
    except PipelineError as exc:  # the generator warned (an operation or a model dropped) or could not parse
        assert exc.stage == "generate"
        return
    assert result != (EXPECTED_FIELDS, EXPECTED_MODULES)
