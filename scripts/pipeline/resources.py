"""Names of the resource-style client: ``client.<resource>.<method>(...)``, one resource per api/<tag>/.

A resource is named like its tag's package (``api/policies`` -> ``client.policies``); a method like its
operation's module with the tag's noun taken out (``update_policy`` in ``policies`` -> ``update``,
``get_policy_alerts`` -> ``get_alerts``), so both styles read alike. Where that would be ambiguous (two
modules shortening to one name, a name another module already has, a keyword, an attribute of the
resource) the module's own name is kept; a tag that would shadow an attribute of the client gets
``_api`` appended. Deterministic: the names depend only on the tags and module names.
"""

from __future__ import annotations

import keyword
from collections import Counter
from collections.abc import Iterable

from .errors import PipelineError

# Public attributes of the generated Client / AuthenticatedClient (client.py.jinja), plus `aio`, the async view,
# and `with_options`, which the facade's clients add.
CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose",
        "aio",
        "auth_header_name",
        "close",
        "get_async_httpx_client",
        "get_httpx_client",
        "prefix",
        "raise_on_unexpected_status",
        "set_async_httpx_client",
        "set_httpx_client",
        "token",
        "with_cookies",
        "with_headers",
        "with_options",
        "with_timeout",
    }
)
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response"})
PAGED_SUFFIXES = ("_iterate", "_pages")


def resource_attribute(tag: str) -> str:
    """The client attribute of a tag's resource: the tag, or ``<tag>_api`` where the client has that name."""
    return f"{tag}_api" if tag in CLIENT_ATTRIBUTES or keyword.iskeyword(tag) else tag


def resource_class(tag: str, taken: Iterable[str] = ()) -> str:
    """``policy_search`` -> ``PolicySearchResource``; ``...ApiResource`` (then numbered) when a name is taken.

    ``taken`` holds the package's model and enum class names: a component named ``tags_resource`` is the
    model ``TagsResource``, and a resource class of that name would shadow it in the client's imports.
    """
    taken = set(taken)
    stem = "".join(part.capitalize() for part in tag.split("_") if part)
    variants = ("{}", "Async{}", "{}WithRawResponse", "Async{}WithRawResponse")
    for suffix in ("Resource", "ApiResource", *(f"ApiResource{n}" for n in range(2, 100))):
        name = stem + suffix
        if not any(variant.format(name) in taken for variant in variants):
            return name
    raise PipelineError(stage="generate", cause=f"resource {tag!r}: no free class name beside the models")


def _forms(word: str) -> set[str]:
    """A word with its English plural and singular (enough for resource nouns: policy, policies, alerts)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith(("ses", "xes", "ches", "shes")):
        forms.add(word[:-2])
    elif word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith(("s", "x", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


def _shortened(module: str, nouns: set[str]) -> str:
    """The module name without its first noun after the verb (``get_policy_alerts`` -> ``get_alerts``)."""
    verb, *rest = module.split("_")
    for index, part in enumerate(rest):
        if part in nouns:
            return "_".join([verb, *rest[:index], *rest[index + 1 :]])
    return module


def method_names(tag: str, modules: Iterable[str], paged: Iterable[str] = ()) -> dict[str, str]:
    """Module name -> method name for one tag's resource (see the module docstring)."""
    modules = sorted(modules)
    nouns: set[str] = set()
    for word in tag.split("_"):
        if word:
            nouns |= _forms(word)
    proposed = {module: _shortened(module, nouns) for module in modules}
    counts = Counter(proposed.values())
    names: dict[str, str] = {}
    for module in modules:
        short = proposed[module]
        usable = (
            counts[short] == 1
            and (short == module or short not in modules)
            and not keyword.iskeyword(short)
            and short not in RESOURCE_ATTRIBUTES
        )
        names[module] = short if usable else module
    taken = set(names.values())
    for module in paged:
        for suffix in PAGED_SUFFIXES:
            if names[module] + suffix in taken:
                raise PipelineError(
                    stage="generate",
                    cause=f"resource {tag!r}: {names[module] + suffix!r} (paging of {module}) is taken by an operation",
                )
            taken.add(names[module] + suffix)
    return names
