"""Saving streamed answers to files: never half-written, never the wrong kind of file.

Only a 2xx answer of the expected media type is saved. Bytes go to a unique
temporary file beside the destination, renamed over it atomically once
complete, so concurrent downloads to one path leave one whole file (the last
to finish wins) and a failed download leaves the destination untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from clientkit.errors import ArgumentError, ErrorClasses, ResponseValidationError
from clientkit.operation import Download
from clientkit.responses import where

ProgressCallback = Callable[[int, int | None], None]  # (bytes so far, total if known)
CHUNK_SIZE = 64 * 1024
MAX_LINK_ANSWER = 64 * 1024  # a JSON answer holding a link is small; more is not a link answer


def media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";")[0].strip().lower()


def is_link_answer(response: httpx.Response, download: Download) -> bool:
    """Whether the API answered with JSON holding the file's URL instead of the file."""
    kind = media_type(response)
    return download.link_field is not None and (kind == "application/json" or kind.endswith("+json"))


def link_from(response: httpx.Response, download: Download, errors: ErrorClasses) -> str:
    """The URL in a link answer (read whole: it is small), or the API's `ResponseValidationError`."""
    invalid = errors.get(ResponseValidationError)
    if len(response.content) > MAX_LINK_ANSWER:
        raise invalid(
            f"{where(response)}: a JSON answer of {len(response.content)} bytes is not a link", response=response
        )
    try:
        url = json.loads(response.content)[download.link_field]
    except (ValueError, KeyError, TypeError, RecursionError):
        raise invalid(
            f"{where(response)}: the JSON answer holds no `{download.link_field}`", response=response
        ) from None
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise invalid(f"{where(response)}: the answer holds no usable URL", response=response)
    return url


def check_file_answer(response: httpx.Response, download: Download, errors: ErrorClasses) -> None:
    """Refuse to save anything but a 2xx of the expected media type (an HTML error page, a 204, a 302)."""
    invalid = errors.get(ResponseValidationError)
    if not 200 <= response.status_code < 300 or response.status_code == 204:
        raise invalid(f"{where(response)}: expected a file, got status {response.status_code}", response=response)
    expected = {kind.lower() for kind in download.media_types}
    kind = media_type(response)
    if "*/*" not in expected and kind not in expected:
        shown = kind or "no content type"
        raise invalid(
            f"{where(response)}: expected {', '.join(sorted(expected))}, got {shown}; nothing was saved",
            response=response,
        )


def _total(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    return int(value) if value and value.isascii() and value.isdigit() else None


@dataclass(frozen=True)
class DownloadTarget:
    """Where a download goes; checked before anything is sent."""

    path: Path
    chunk_size: int = CHUNK_SIZE

    @classmethod
    def of(cls, path: object, errors: ErrorClasses) -> DownloadTarget:
        bad = errors.get(ArgumentError)
        if not isinstance(path, str | os.PathLike) or not str(path):
            raise bad(f"path must be a file path (str or pathlib.Path), not {type(path).__name__}")
        target = Path(path)
        if target.is_dir():
            raise bad(f"path {str(target)!r} is a directory; give the file name to write")
        if not target.parent.is_dir():
            raise bad(f"path {str(target)!r}: the folder {str(target.parent)!r} does not exist")
        return cls(target)

    @contextlib.contextmanager
    def writer(self, response: httpx.Response, progress: ProgressCallback | None) -> Iterator[Callable[[bytes], None]]:
        """A `write(chunk)` into a unique temporary file, renamed over `path` when the block ends cleanly."""
        total = _total(response)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
        done = 0

        def write(chunk: bytes) -> None:
            nonlocal done
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)

        try:
            with os.fdopen(handle, "wb") as out:
                yield write
            os.replace(temporary, self.path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


@dataclass(frozen=True)
class DownloadPlan:
    """One download, checked: where it goes, its request, its size limit and time budget."""

    target: DownloadTarget
    kwargs: dict[str, Any]
    limit: int
    budget: float | None
    progress: ProgressCallback | None
