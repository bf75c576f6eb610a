"""One error type for every pipeline stage, so a failure always names vendor, stage, file and place."""

from __future__ import annotations

from typing import Any


class PipelineError(Exception):
    """A stage failed; the message says which vendor, stage, file and JSON pointer."""

    def __init__(
        self,
        *,
        stage: str,
        cause: str,
        vendor: str | None = None,
        file: str | None = None,
        pointer: str | None = None,
    ) -> None:
        self.stage = stage
        self.cause = cause
        self.vendor = vendor
        self.file = file
        self.pointer = pointer
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[PipelineError], tuple[()], dict[str, str | None]]:
        """Keyword-only exceptions need help to cross the process boundary of the parallel build."""
        return (PipelineError.__new__, (PipelineError,), self.__dict__)  # type: ignore[return-value]

    def with_vendor(self, vendor: str) -> PipelineError:
        """Return a copy that names the vendor (stages below the build loop do not know it)."""
        return PipelineError(stage=self.stage, cause=self.cause, vendor=vendor, file=self.file, pointer=self.pointer)

    def __str__(self) -> str:
        where = self.file or "<memory>"
        if self.pointer is not None:
            where += f"#{self.pointer}"
        vendor = self.vendor or "?"
        return f"[{vendor}] {self.stage} failed at {where}: {self.cause}"


def pointer_exists(document: Any, pointer: str) -> bool:
    """Whether an RFC 6901 JSON pointer ("" is the root) names a node of the document."""
    node = document
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return False
    return True


def pointer_from_parts(parts: tuple[object, ...] | list[object]) -> str:
    """Build an RFC 6901 JSON pointer from path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)
