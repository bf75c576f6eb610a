"""The command line's grammar; every usage error is one line and exit code 2."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from .adapters import ADAPTERS
from .adapters.plainid import ENV_ID_ENV, WORKSPACE_ID_ENV

__all__ = ["BASE_URL_ENV", "build_parser"]

BASE_URL_ENV = "POLICY_CLIENTS_BASE_URL"
"""Overrides the vendor's API base URL (a proxy, a private endpoint, a local fake), like ``--base-url``."""

_EPILOG = """\
exit codes: 0 ok, 1 diff found a difference, 2 usage or policy file, 3 authentication, 4 not found,
5 conflict (409/412), 6 network, 7 other API error, 8 configuration (missing credentials), 70 internal.
Credentials come from the environment and config files the policy_clients factories read."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line (not usage + error) with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"policy-clients: error: {message} (see {self.prog} --help)\n")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vendor", choices=sorted(ADAPTERS), help="which vendor's API")
    parser.add_argument(
        "--base-url",
        default=os.environ.get(BASE_URL_ENV) or None,
        help=f"the API base URL (default: ${BASE_URL_ENV}, else the vendor factory's default)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout (errors too)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress notes on stderr")
    scope = parser.add_argument_group("PlainID scope")
    scope.add_argument("--env-id", default=os.environ.get(ENV_ID_ENV) or None, help=f"default ${ENV_ID_ENV}")
    scope.add_argument(
        "--workspace-id", default=os.environ.get(WORKSPACE_ID_ENV) or None, help=f"default ${WORKSPACE_ID_ENV}"
    )


def build_parser() -> argparse.ArgumentParser:
    """``policy-clients push|pull|diff VENDOR ...``."""
    formats = "\n".join(f"  {name}: {cls.file_format}" for name, cls in sorted(ADAPTERS.items()))
    parser = _Parser(
        prog="policy-clients",
        description=f"Push, pull and diff policy files from CI.\n\npolicy files:\n{formats}",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    push = commands.add_parser("push", help="write FILE as the live policy", epilog=_EPILOG)
    _common(push)
    push.add_argument("file", help="the policy file ('-' for stdin)")
    push.add_argument("--id", dest="policy_id", help="the policy's id (not for Oso; PlainID: the Rego's policyId)")
    push.add_argument("--dry-run", action="store_true", help="read and diff, write nothing")
    push.add_argument("--force", action="store_true", help="write even when the live policy is the same")

    pull = commands.add_parser("pull", help="print (or -o write) the live policy as a policy file", epilog=_EPILOG)
    _common(pull)
    pull.add_argument("--id", dest="policy_id", help="the policy's id (not for Oso)")
    pull.add_argument("-o", "--output", help="write here (its extension picks OCI's format) instead of stdout")

    diff = commands.add_parser("diff", help="unified diff of the live policy against FILE; exit 1 if different")
    _common(diff)
    diff.add_argument("file", help="the policy file ('-' for stdin)")
    diff.add_argument("--id", dest="policy_id", help="the policy's id (not for Oso)")
    return parser


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv`` (default ``sys.argv[1:]``)."""
    return build_parser().parse_args(sys.argv[1:] if argv is None else argv)
