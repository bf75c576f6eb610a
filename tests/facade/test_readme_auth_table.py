"""The README's table of credential modes names exactly the environment variables and config keys the code reads.

Names are read from the table (and the paragraph under it, which covers mode and host selection); the code
side is every string literal in ``src/policy_clients`` that is a vendor variable name (``OCI_``, ``OSO_``,
``PLAINID_``, ``FLASHBACK_``, ``CONDUCTORONE_``), including the resource principal modules'
``_PREFIX + "NAME"``. In the table, ``_NAME`` is short for ``OCI_RESOURCE_PRINCIPAL_NAME``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "policy_clients"
VENDOR_NAME = re.compile(r"^(OCI|OSO|PLAINID|FLASHBACK|CONDUCTORONE)_[A-Z0-9_]*[A-Z0-9]$")
SHORT_NAME = re.compile(r"^_[A-Z][A-Z0-9_]*$")
CONFIG_KEY = re.compile(r"^[a-z][a-z_]*$")
RESOURCE_PRINCIPAL_PREFIX = "OCI_RESOURCE_PRINCIPAL_"
TABLE_HEADER = "| vendor | mode | arguments | environment variables / config keys | on the wire |"


def readme_section() -> tuple[list[list[str]], str]:
    """The table's rows (cells) and the paragraph that follows it."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(TABLE_HEADER)
    rows, index = [], start + 2
    while lines[index].startswith("|"):
        rows.append([cell.strip() for cell in lines[index].strip("|").split("|")])
        index += 1
    paragraph = []
    for line in lines[index + 1 :]:
        if not line.strip():
            break
        paragraph.append(line)
    return rows, " ".join(paragraph)


def backticked(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def readme_names() -> tuple[set[str], set[str]]:
    """(environment variables, OCI config keys) the README says are read."""
    rows, paragraph = readme_section()
    variables: set[str] = set()
    keys: set[str] = set()
    for row in rows:
        vendor, cell = row[0], row[3]
        for token in backticked(cell):
            if VENDOR_NAME.match(token):
                variables.add(token)
            elif vendor == "OCI" and SHORT_NAME.match(token):
                variables.add(RESOURCE_PRINCIPAL_PREFIX + token[1:])
            elif vendor == "OCI" and CONFIG_KEY.match(token):
                keys.add(token)
    variables |= {token for token in backticked(paragraph) if VENDOR_NAME.match(token)}
    return variables, keys


def literals(tree: ast.AST) -> set[str]:
    """String constants of a module, outside ``__all__``; ``_PREFIX + "NAME"`` counts as the whole name."""
    found: set[str] = set()
    prefixes = {
        node.targets[0].id: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }
    exported = {
        id(element)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        for element in ast.walk(node.value)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in exported:
            found.add(node.value)
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and isinstance(node.left, ast.Name)
            and node.left.id in prefixes
            and isinstance(node.right, ast.Constant)
            and isinstance(node.right.value, str)
        ):
            found.add(prefixes[node.left.id] + node.right.value)
    return found


def code_literals(*, only: str | None = None) -> set[str]:
    """String literals of the facade's modules; ``only="cli"``: the command line's, else everything but it.

    The command line's own settings (which PlainID environment to push to) are not credentials: the README
    documents them in its command-line section, not in the credentials table.
    """
    found: set[str] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        parts = path.relative_to(SOURCE).parts
        if "testing" in parts:  # the fakes stand in for servers; they read nothing
            continue
        if (parts[0] == "cli") != (only == "cli"):
            continue
        found |= literals(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return found


def test_every_variable_in_the_readme_is_read_by_the_code() -> None:
    variables, _ = readme_names()
    assert len(variables) > 20  # the table was found and parsed
    assert sorted(variables - code_literals()) == []


def test_every_vendor_variable_the_code_reads_is_in_the_readme() -> None:
    variables, _ = readme_names()
    read = {name for name in code_literals() if VENDOR_NAME.match(name)}
    assert sorted(read - variables) == []


def test_every_vendor_variable_the_command_line_reads_is_in_the_readme() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    read = {name for name in code_literals(only="cli") if VENDOR_NAME.match(name)}
    assert read  # the command line was found and reads some
    assert sorted(name for name in read if f"`${name}`" not in text and f"`{name}`" not in text) == []


def test_every_oci_config_key_in_the_readme_is_read_from_the_profile() -> None:
    _, keys = readme_names()
    config = literals(ast.parse((SOURCE / "auth" / "oci_config.py").read_text(encoding="utf-8")))
    assert {"user", "key_file", "security_token_file"} <= keys
    assert sorted(keys - config) == []
