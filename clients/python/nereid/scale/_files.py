"""neptune-scale's file values (a path, bytes, or a File) as nereid Files."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import Any, Optional

from .._file import File as NereidFile
from ._checks import logger
from .types import File


def _extension(mime: Optional[str]) -> Optional[str]:
    if not mime:
        return None
    guessed = mimetypes.guess_extension(mime.split(";")[0].strip())
    return guessed.lstrip(".") if guessed else None


def nereid_file(path: str, value: Any) -> Optional[NereidFile]:
    """The nereid File for ``value``, or None (with a warning, as neptune-scale skips such an attribute)."""
    mime = destination = None
    source = value
    if isinstance(value, File):
        source, mime, destination = value.source, value.mime_type, value.destination
    if destination is not None:
        logger.warning("nereid: Skipping file attribute `%s`: a destination in object storage has no meaning on a "
                       "nereid-server; leave File.destination unset.", path)
        return None
    extension = _extension(mime)
    if isinstance(source, (str, Path)):
        return NereidFile.from_path(os.fspath(source), extension=extension)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return NereidFile.from_content(bytes(source), extension=extension)
    logger.warning("nereid: Skipping file attribute `%s`: a file source must be str, Path or bytes (got %s).",
                   path, type(source).__name__)
    return None
