"""pyinstrument profiles for missed targets: the text profile on disk plus a one-line summary of where time went."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

GROUPS = (
    (
        "ours",
        (
            "policy_clients",
            "oso_cloud_client",
            "flashback_client",
            "plainid_client",
            "conductorone_client",
            "oci_identity_client",
        ),
    ),
    ("httpx/httpcore/h11", ("httpx", "httpcore", "h11")),
    ("attrs/dateutil", ("attr", "dateutil")),
    ("cryptography", ("cryptography",)),
    ("socket/ssl/selectors", ("socket.py", "ssl.py", "selectors.py")),
)


def group_of(file_path: str | None) -> str:
    """Which family a frame's file belongs to (ours, httpx's, ..., else stdlib/other)."""
    path = file_path or ""
    for name, needles in GROUPS:
        if any(f"/{needle}" in path for needle in needles):
            return name
    if "<" in path or not path:
        return "interpreter/builtins"
    return "stdlib/other"


def _walk(frame: Any) -> Iterator[Any]:
    stack = [frame]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def profile_calls(
    call: Callable[[], object], *, count: int, seconds: float, directory: str, name: str
) -> tuple[str, str]:
    """Profile up to ``count`` calls (at most ``seconds``); save ``<directory>/<name>.txt``; summarise self time."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "(pyinstrument not installed)", "n/a"
    profiler = Profiler(interval=0.0002)
    deadline = time.monotonic() + seconds
    profiler.start()
    try:
        for _ in range(count):
            call()
            if time.monotonic() > deadline:
                break
    finally:
        session = profiler.stop()  # never leave the sampler running, even when a call fails
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.txt"
    path.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    shown = display_path(path)
    root = session.root_frame()
    if root is None:
        return shown, "no samples"
    by_group: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    for frame in _walk(root):
        own = frame.total_self_time  # includes its synthetic [self] children, which are skipped
        if own <= 0 or frame.is_synthetic:
            continue
        group = group_of(frame.file_path)
        by_group[group] += own
        by_function[f"{frame.function} ({group}, {Path(frame.file_path or '?').name})"] += own
    total = sum(by_group.values()) or 1.0
    groups = ", ".join(f"{g} {t / total:.0%}" for g, t in by_group.most_common(5))
    functions = "; ".join(f"{f} {t / total:.0%}" for f, t in by_function.most_common(5))
    return shown, f"self time by family: {groups}. Top functions: {functions}"


def display_path(path: Path) -> str:
    """The path relative to the working directory when it is inside it (reports stay machine-independent)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
