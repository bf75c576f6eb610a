"""OCI regions and realms: which host serves a region, as the OCI SDKs resolve it.

A region belongs to a realm, and the realm decides the second-level domain: ``us-langley-1`` is served
from ``oraclegovcloud.com``, not ``oraclecloud.com``. Hard-coding the commercial domain sends
government and sovereign-cloud tenancies to hosts that do not know them.

Resolution follows the SDKs: lower-case; a three-letter short code (``phx``) means its full name; a
known region maps to its realm's domain; an unknown one is looked up in ``~/.oci/regions-config.json``
then ``$OCI_REGION_METADATA`` (both ``{realmKey, realmDomainComponent, regionKey, regionIdentifier}``),
else falls back to ``$OCI_DEFAULT_REALM`` as the domain, else the commercial realm. A value holding a dot
is a whole domain (``us-ashburn-1.oci.example``) and is used as given. The instance metadata lookup the
SDKs can opt into is not done here: it needs the link-local address, which a library must not probe.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import ConfigurationError

__all__ = [
    "DEFAULT_REALM_ENV",
    "REGIONS_CONFIG_FILE",
    "REGION_METADATA_ENV",
    "Region",
    "auth_endpoint",
    "identity_endpoint",
    "resolve_region",
]

REGIONS_CONFIG_FILE = "~/.oci/regions-config.json"
REGION_METADATA_ENV = "OCI_REGION_METADATA"
DEFAULT_REALM_ENV = "OCI_DEFAULT_REALM"

_REALM_DOMAINS: dict[str, str] = {
    "oc1": "oraclecloud.com",
    "oc2": "oraclegovcloud.com",
    "oc3": "oraclegovcloud.com",
    "oc4": "oraclegovcloud.uk",
    "oc8": "oraclecloud8.com",
    "oc9": "oraclecloud9.com",
    "oc10": "oraclecloud10.com",
    "oc14": "oraclecloud14.com",
    "oc15": "oraclecloud15.com",
    "oc19": "oraclecloud.eu",
    "oc20": "oraclecloud20.com",
    "oc21": "oraclecloud21.com",
    "oc23": "oraclecloud23.com",
    "oc24": "oraclecloud24.com",
    "oc26": "oraclecloud26.com",
    "oc29": "oraclecloud29.com",
    "oc35": "oraclecloud35.com",
    "oc42": "oraclecloud42.com",
    "oc51": "oraclecloud51.com",
    "oc52": "oraclecloud52.com",
}

# realm -> "short=full" pairs, one string per realm so the table stays readable.
_REALM_REGIONS: dict[str, str] = {
    "oc1": (
        "yny=ap-chuncheon-1 hyd=ap-hyderabad-1 mel=ap-melbourne-1 bom=ap-mumbai-1 kix=ap-osaka-1 icn=ap-seoul-1"
        " syd=ap-sydney-1 nrt=ap-tokyo-1 yul=ca-montreal-1 yyz=ca-toronto-1 ams=eu-amsterdam-1 fra=eu-frankfurt-1"
        " zrh=eu-zurich-1 jed=me-jeddah-1 dxb=me-dubai-1 gru=sa-saopaulo-1 cwl=uk-cardiff-1 lhr=uk-london-1"
        " iad=us-ashburn-1 phx=us-phoenix-1 sjc=us-sanjose-1 vcp=sa-vinhedo-1 scl=sa-santiago-1 mtz=il-jerusalem-1"
        " mrs=eu-marseille-1 sin=ap-singapore-1 auh=me-abudhabi-1 lin=eu-milan-1 arn=eu-stockholm-1"
        " jnb=af-johannesburg-1 cdg=eu-paris-1 qro=mx-queretaro-1 mad=eu-madrid-1 ord=us-chicago-1"
        " mty=mx-monterrey-1 aga=us-saltlake-2 bog=sa-bogota-1 vap=sa-valparaiso-1 xsp=ap-singapore-2"
        " ruh=me-riyadh-1 onm=ap-delhi-1 hsg=ap-batam-1 orf=eu-madrid-3 nrq=eu-turin-1 jbp=ap-kulai-2"
        " lej=af-casablanca-1"
    ),
    "oc2": "lfi=us-langley-1 luf=us-luke-1",
    "oc3": "ric=us-gov-ashburn-1 pia=us-gov-chicago-1 tus=us-gov-phoenix-1",
    "oc4": "ltn=uk-gov-london-1 brs=uk-gov-cardiff-1",
    "oc8": "nja=ap-chiyoda-1 ukb=ap-ibaraki-1",
    "oc9": "mct=me-dcc-muscat-1 ibr=me-ibri-1",
    "oc10": "wga=ap-dcc-canberra-1",
    "oc14": (
        "bgy=eu-dcc-milan-1 mxp=eu-dcc-milan-2 snn=eu-dcc-dublin-2 dtm=eu-dcc-rating-2 dus=eu-dcc-rating-1"
        " ork=eu-dcc-dublin-1"
    ),
    "oc15": "dac=ap-dcc-gazipur-1",
    "oc19": "vll=eu-madrid-2 str=eu-frankfurt-2",
    "oc20": "beg=eu-jovanovac-1",
    "oc21": "doh=me-dcc-doha-1 vve=me-alrayyan-1",
    "oc23": "ebb=us-somerset-1 ebl=us-thames-1",
    "oc24": "avz=eu-dcc-zurich-1 avf=eu-crissier-1",
    "oc26": "ahu=me-abudhabi-3 rba=me-alain-1",
    "oc29": "rkt=me-abudhabi-2 shj=me-abudhabi-4",
    "oc35": "dtz=ap-seoul-2 dln=ap-suwon-1 bno=ap-chuncheon-2",
    "oc42": "yxj=us-ashburn-2 pgc=us-newark-1",
    "oc51": "jsk=eu-budapest-1",
    "oc52": "hnw=sa-riodejaneiro-1",
}

_SHORT_CODES: dict[str, str] = {}
_REGION_REALMS: dict[str, str] = {}
for _realm, _pairs in _REALM_REGIONS.items():
    for _pair in _pairs.split():
        _short, _full = _pair.split("=")
        _SHORT_CODES[_short] = _full
        _REGION_REALMS[_full] = _realm

_REGION_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_DOMAIN = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")


@dataclass(frozen=True)
class Region:
    """A resolved region: its full name and the second-level domain of its realm.

    ``name`` is ``None`` for a whole-domain value (the caller named the host suffix itself).
    """

    name: str | None
    realm: str | None
    domain: str

    @property
    def suffix(self) -> str:
        """``<region>.<domain>``, or the whole domain the caller gave."""
        return f"{self.name}.{self.domain}" if self.name else self.domain


def resolve_region(value: str, *, environ: Mapping[str, str] | None = None, home: Path | None = None) -> Region:
    """Resolve a region name, short code or whole domain; refuse anything that could steer the host.

    ``environ`` and ``home`` default to the process environment and ``~``; tests pass their own.
    """
    env = os.environ if environ is None else environ
    name = value.strip().lower()
    if "." in name:
        if not _DOMAIN.fullmatch(name):
            raise ConfigurationError(f"oci_identity: {value!r} is not a region or a domain name")
        return Region(name=None, realm=None, domain=name)
    if not _REGION_NAME.fullmatch(name):
        raise ConfigurationError(f"oci_identity: {value!r} is not an OCI region identifier")
    name = _SHORT_CODES.get(name, name)
    realm = _REGION_REALMS.get(name)
    if realm is not None:
        return Region(name=name, realm=realm, domain=_REALM_DOMAINS[realm])
    for entry in _region_metadata(env, home):
        if name in (entry.get("regionIdentifier"), entry.get("regionKey", "").lower()):
            domain = str(entry.get("realmDomainComponent", "")).lower()
            if not _DOMAIN.fullmatch(domain):
                raise ConfigurationError(f"oci_identity: region metadata for {name!r} has no usable realm domain")
            return Region(name=str(entry["regionIdentifier"]).lower(), realm=entry.get("realmKey"), domain=domain)
    fallback = env.get(DEFAULT_REALM_ENV, "").strip().lower()
    if fallback:
        if not _DOMAIN.fullmatch(fallback):
            raise ConfigurationError(f"oci_identity: ${DEFAULT_REALM_ENV} is not a domain name")
        return Region(name=name, realm=None, domain=fallback)
    return Region(name=name, realm="oc1", domain=_REALM_DOMAINS["oc1"])


def _region_metadata(env: Mapping[str, str], home: Path | None) -> list[dict[str, Any]]:
    """Entries of ``regions-config.json``, then ``$OCI_REGION_METADATA``; unreadable sources are skipped."""
    entries: list[dict[str, Any]] = []
    config_file = (home / ".oci" / "regions-config.json") if home else Path(os.path.expanduser(REGIONS_CONFIG_FILE))
    try:
        loaded = json.loads(config_file.read_text(encoding="utf-8"))
        if isinstance(loaded, list):
            entries += [e for e in loaded if _is_entry(e)]
    except (OSError, ValueError):
        pass
    raw = env.get(REGION_METADATA_ENV)
    if raw:
        try:
            loaded = json.loads(raw)
        except ValueError:
            loaded = None
        if _is_entry(loaded):
            entries.append(loaded)
    return entries


def _is_entry(value: object) -> bool:
    keys = ("realmKey", "realmDomainComponent", "regionKey", "regionIdentifier")
    return isinstance(value, dict) and all(isinstance(value.get(k), str) for k in keys)


def identity_endpoint(region: str, **lookup: Any) -> str:
    """The Identity service host for a region: ``https://identity.<region>.oci.<realm domain>``.

    A whole-domain value gives ``https://identity.<that domain>``, as in the SDKs.
    """
    resolved = resolve_region(region, **lookup)
    if resolved.name is None:
        return f"https://identity.{resolved.domain}"
    return f"https://identity.{resolved.name}.oci.{resolved.domain}"


def auth_endpoint(region: str, **lookup: Any) -> str:
    """The federation (auth) service host: ``https://auth.<region>.<realm domain>``, with no ``oci`` label."""
    return f"https://auth.{resolve_region(region, **lookup).suffix}"
