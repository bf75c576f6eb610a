"""Read OCI API-key credentials from the INI file the OCI CLI and SDKs share (``~/.oci/config``)."""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import OCIConfigError

__all__ = [
    "CONFIG_FILE_ENV",
    "DEFAULT_CONFIG_FILE",
    "DEFAULT_PROFILE",
    "PROFILE_ENV",
    "OCIConfig",
    "load_oci_config",
]

DEFAULT_CONFIG_FILE = "~/.oci/config"
DEFAULT_PROFILE = "DEFAULT"
CONFIG_FILE_ENV = "OCI_CONFIG_FILE"
PROFILE_ENV = "OCI_CLI_PROFILE"
_REQUIRED_KEYS = ("user", "fingerprint", "key_file", "tenancy")
_REQUIRED_SESSION_KEYS = ("key_file", "security_token_file")


@dataclass(frozen=True, kw_only=True)
class OCIConfig:
    """One profile of an OCI config file; ``key_file`` is already resolved to an absolute path.

    A profile written by ``oci session authenticate`` names a ``security_token_file`` and may omit
    ``user`` and ``fingerprint`` (the token stands for them); an API-key profile needs all four keys.
    """

    user: str | None
    fingerprint: str | None
    key_file: Path
    tenancy: str | None
    region: str | None = None
    security_token_file: Path | None = None
    pass_phrase: str | None = field(default=None, repr=False)
    source: Path | None = None
    profile: str = DEFAULT_PROFILE

    def describe(self) -> str:
        """Name the file and profile for error messages."""
        where = str(self.source) if self.source is not None else "<in-memory config>"
        return f"OCI config {where}, profile {self.profile!r}"


def load_oci_config(path: str | os.PathLike[str] | None = None, profile: str | None = None) -> OCIConfig:
    """Load a profile, with ``[DEFAULT]`` values inherited by every profile as configparser does.

    ``path`` falls back to ``$OCI_CONFIG_FILE`` then ``~/.oci/config``; ``profile`` to
    ``$OCI_CLI_PROFILE`` then ``DEFAULT``. Errors name the file, profile and key, never values.
    """
    raw_path = os.fspath(path) if path is not None else os.environ.get(CONFIG_FILE_ENV) or DEFAULT_CONFIG_FILE
    config_path = Path(os.path.expanduser(raw_path)).absolute()
    profile_name = profile if profile is not None else os.environ.get(PROFILE_ENV) or DEFAULT_PROFILE

    parser = configparser.ConfigParser(interpolation=None)
    try:
        text = config_path.read_text(encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise OCIConfigError(f"cannot read OCI config file {config_path}: {reason}") from None
    except UnicodeDecodeError:
        raise OCIConfigError(f"OCI config file {config_path} is not UTF-8 text") from None
    try:
        parser.read_string(text, source=str(config_path))
    except configparser.Error as exc:
        # configparser quotes offending lines, which may hold a passphrase: report line numbers only.
        raise OCIConfigError(f"OCI config file {config_path} is not valid INI ({_error_lines(exc)})") from None

    if profile_name == parser.default_section:
        values = dict(parser.defaults())
    elif parser.has_section(profile_name):
        values = dict(parser.items(profile_name))
    else:
        known = [parser.default_section, *parser.sections()] if parser.defaults() else parser.sections()
        raise OCIConfigError(f"profile {profile_name!r} not found in OCI config file {config_path} (found: {known})")

    session = bool(values.get("security_token_file", "").strip())
    missing = [
        key for key in (_REQUIRED_SESSION_KEYS if session else _REQUIRED_KEYS) if not values.get(key, "").strip()
    ]
    if missing:
        raise OCIConfigError(
            f"OCI config file {config_path}, profile {profile_name!r}: missing required key(s): {', '.join(missing)}"
        )
    return OCIConfig(
        user=values.get("user", "").strip() or None,
        fingerprint=values.get("fingerprint", "").strip() or None,
        key_file=_resolve(values["key_file"], config_path),
        tenancy=values.get("tenancy", "").strip() or None,
        region=values.get("region", "").strip() or None,
        security_token_file=_resolve(values["security_token_file"], config_path) if session else None,
        pass_phrase=values.get("pass_phrase") or None,
        source=config_path,
        profile=profile_name,
    )


def _resolve(value: str, config_path: Path) -> Path:
    """A path from the config: ``~`` expanded, relative paths taken from the config file's folder."""
    path = Path(os.path.expanduser(value.strip()))
    return path if path.is_absolute() else config_path.parent / path


def _error_lines(exc: configparser.Error) -> str:
    if isinstance(exc, configparser.ParsingError):
        return "bad line(s) " + ", ".join(str(lineno) for lineno, _line in exc.errors)
    lineno = getattr(exc, "lineno", None)
    return f"{type(exc).__name__} at line {lineno}" if lineno is not None else type(exc).__name__
