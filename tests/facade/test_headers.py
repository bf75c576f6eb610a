"""The one-pass header setter and the request ids of the per-call path match what they replace."""

from __future__ import annotations

import uuid

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_clients._headers import random_request_id, set_headers

NAMES = ["Accept", "accept", "X-Request-ID", "x-request-id", "Authorization", "X-Other", "Content-Type"]


def _sequential(start: list[tuple[str, str]], fields: dict[str, str]) -> httpx.Headers:
    headers = httpx.Headers(start)
    for name, value in fields.items():
        headers[name] = value
    return headers


@pytest.mark.parametrize(
    ("start", "fields"),
    [
        ([], {"Authorization": "Bearer t", "X-Request-ID": "1"}),
        ([("Accept", "*/*"), ("X-Other", "o")], {"accept": "application/json", "X-New": "n"}),
        ([("X-Dup", "1"), ("X-Other", "o"), ("x-dup", "2")], {"X-DUP": "3"}),  # first place kept, duplicate gone
        ([("Host", "h"), ("Content-Length", "2")], {}),
    ],
)
def test_set_headers_is_setitem_in_one_pass(start: list[tuple[str, str]], fields: dict[str, str]) -> None:
    headers = httpx.Headers(start)
    set_headers(headers, fields)
    expected = _sequential(start, fields)
    assert headers.raw == expected.raw and list(headers.items()) == list(expected.items())


@given(
    start=st.lists(st.tuples(st.sampled_from(NAMES), st.text("abc", max_size=3)), max_size=8),
    fields=st.dictionaries(st.sampled_from(NAMES), st.text("xyz", max_size=3), max_size=5),
)
def test_set_headers_matches_setitem_for_any_header_list(start: list[tuple[str, str]], fields: dict[str, str]) -> None:
    distinct: dict[str, str] = {}
    for name, value in fields.items():  # names must differ case-insensitively, as the setter requires
        if name.lower() not in {n.lower() for n in distinct}:
            distinct[name] = value
    headers = httpx.Headers(start)
    set_headers(headers, distinct)
    assert headers.raw == _sequential(start, distinct).raw


def test_request_ids_are_random_version_4_uuids() -> None:
    ids = [random_request_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids[:200]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
    assert {text[14] for text in ids} == {"4"} and {text[19] for text in ids} <= set("89ab")
    assert len({text[19] for text in ids}) == 4  # the random variant bits still vary
