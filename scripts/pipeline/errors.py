"""One error type for every pipeline stage, so a failure always names vendor, stage, file and place.

A stage that finds several problems (validation, the generator's warnings) raises one error that
carries all of them; each is printed on its own line, capped in count and in width, so the output
stays readable on a 3 MB spec with hundreds of problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MAX_LINE = 300  # no printed problem line is wider than this
MAX_LISTED = 50  # problems listed per failure; the total is always printed
_OBJECT_REPR = re.compile(r"<[A-Za-z_][\w.]* object at 0x[0-9a-fA-F]+>")


@dataclass(frozen=True)
class Problem:
    """One problem at one place: the file that produced the node, its line:column there, and the JSON pointer."""

    message: str
    pointer: str | None = None
    file: str | None = None
    line: int | None = None  # 1-based, in `file`
    column: int | None = None  # 1-based
    rule: str | None = None  # "PC140 boolean-schemas": the normalizer rule that made the node, not any file
    bundled_pointer: str | None = None  # multi-file: the node's pointer in the bundled spec (`pointer` is in `file`)

    def where(self) -> str:
        """``file:line:column#pointer``, leaving out what is not known; or the normalizer rule that made the node."""
        if self.rule is not None:
            where = f"normalizer rule {self.rule}" + (
                f" at #{self.bundled_pointer or self.pointer}" if self.pointer else ""
            )
            if self.file is not None:  # the node it rewrote, for reference (the rule made the problem)
                where += (
                    f" (rewriting {Problem(self.message, self.pointer, self.file, self.line, self.column).where()})"
                )
            return where
        where = self.file or "<memory>"
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        if self.pointer is not None:
            where += f"#{self.pointer}"
        if self.bundled_pointer is not None and self.bundled_pointer != self.pointer:
            where += f" (bundled as #{self.bundled_pointer})"
        return where


class PipelineError(Exception):
    """A stage failed; the message says which vendor, stage, file and JSON pointer (one line per problem)."""

    def __init__(
        self,
        *,
        stage: str,
        cause: str,
        vendor: str | None = None,
        file: str | None = None,
        pointer: str | None = None,
        problems: tuple[Problem, ...] = (),
    ) -> None:
        self.stage = stage
        self.cause = cause
        self.vendor = vendor
        self.file = file
        self.pointer = pointer
        self.problems = problems or (Problem(cause, pointer=pointer, file=file),)
        super().__init__(str(self))

    @classmethod
    def of(cls, stage: str, problems: list[Problem] | tuple[Problem, ...]) -> PipelineError:
        """One error for many problems; file, pointer and cause are the first problem's."""
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return cls(
            stage=stage,
            cause=first.message + more,
            file=first.file,
            pointer=first.pointer,
            problems=tuple(problems),
        )

    def __reduce__(self) -> tuple[type[PipelineError], tuple[()], dict[str, Any]]:
        """Keyword-only exceptions need help to cross the process boundary of the parallel build."""
        return (PipelineError.__new__, (PipelineError,), self.__dict__)  # type: ignore[return-value]

    def with_vendor(self, vendor: str) -> PipelineError:
        """Return a copy that names the vendor (stages below the build loop do not know it)."""
        return self.with_problems(self.problems, vendor=vendor)

    def with_problems(self, problems: tuple[Problem, ...], *, vendor: str | None = None) -> PipelineError:
        """A copy with the problems replaced (say, each blamed on the file that produced it)."""
        copy = PipelineError.of(self.stage, problems)
        copy.vendor = vendor or self.vendor
        return copy

    def lines(self) -> list[str]:
        """One line per problem (at most MAX_LISTED, each at most MAX_LINE wide), then the total if any were cut."""
        vendor = self.vendor or "?"
        out = [
            clip(f"[{vendor}] {self.stage} failed at {p.where()}: {plain(p.message)}")
            for p in self.problems[:MAX_LISTED]
        ]
        total = len(self.problems)
        if total > 1:
            listed = f", the first {MAX_LISTED} listed" if total > MAX_LISTED else ""
            out.append(f"[{vendor}] {self.stage}: {total} problems{listed}")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def plain(text: str) -> str:
    """Text fit for one line: whitespace collapsed, reprs of internal objects (``<X object at 0x…>``) removed."""
    return " ".join(_OBJECT_REPR.sub("<…>", text).split())


def clip(text: str, width: int = MAX_LINE) -> str:
    """At most ``width`` characters; a cut line ends in an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def locate(document: Any, pointer: str) -> tuple[Any, Any, Any] | None:
    """(parent, key, node) of what an RFC 6901 JSON pointer names ("" is the root, its parent None), else None."""
    parent: Any = None
    key: Any = None
    node = document
    for token in pointer_parts(pointer):
        if isinstance(node, dict) and token in node:
            parent, key, node = node, token, node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            parent, key, node = node, int(token), node[int(token)]
        else:
            return None
    return parent, key, node


def pointer_exists(document: Any, pointer: str) -> bool:
    """Whether an RFC 6901 JSON pointer ("" is the root) names a node of the document."""
    return locate(document, pointer) is not None


def follow_refs(document: Any, node: Any, *, limit: int = 32) -> dict[str, Any]:
    """The object a node stands for once its local ``$ref`` chain is followed ({} when it leads nowhere).

    Bounded, so a ``$ref`` cycle ends in {} instead of a RecursionError.
    """
    for _ in range(limit):
        if not isinstance(node, dict):
            return {}
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        found = locate(document, ref[1:])
        node = found[2] if found is not None else None
    return {}


def pointer_parts(pointer: str) -> list[str]:
    """The unescaped reference tokens of an RFC 6901 JSON pointer."""
    return [raw.replace("~1", "/").replace("~0", "~") for raw in pointer.split("/")[1:]]


def pointer_from_parts(parts: tuple[object, ...] | list[object]) -> str:
    """Build an RFC 6901 JSON pointer from path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)
