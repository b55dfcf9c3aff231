"""Field path rules, the same as core/domain/fieldpath.h on the server."""

from __future__ import annotations

from typing import Mapping, Optional

MAX_PATH_BYTES = 1024

# sys fields that a logging client may write (the starred ones of the sys-namespace page).
EDITABLE_SYS = {
    "sys/name": "string",
    "sys/description": "string",
    "sys/failed": "bool",
    "sys/tags": "stringSet",
    "sys/group_tags": "stringSet",
}


def _is_control(ch: str) -> bool:
    c = ord(ch)
    return c < 0x20 or 0x7F <= c <= 0x9F


def path_error(path: object) -> Optional[str]:
    """A sentence saying why ``path`` is not a valid field path, or None when it is valid."""
    if not isinstance(path, str):
        return "A field path must be a string, not %s (%r)." % (type(path).__name__, path)
    if not path:
        return "The field path is empty."
    try:
        size = len(path.encode("utf-8"))
    except UnicodeEncodeError:
        return "The field path %r is not valid Unicode." % path
    if size > MAX_PATH_BYTES:
        return "The field path %r... is %d bytes long; at most %d are allowed." % (path[:40], size, MAX_PATH_BYTES)
    for ch in path:
        if _is_control(ch):
            return "The field path %r contains a control character (U+%04X)." % (path, ord(ch))
    for part in path.split("/"):
        if not part:
            return "The field path %r has an empty namespace or name (a leading, trailing or doubled '/')." % path
        if part[0].isspace() or part[-1].isspace():
            return "The field path %r has a name that starts or ends with a space: %r." % (path, part)
    return None


def join(base: str, path: str) -> str:
    """``path`` inside the namespace ``base`` (the run's root when ``base`` is empty)."""
    return path if not base else base + "/" + path


def is_within(path: str, ancestor: str) -> bool:
    """True when ``path`` is ``ancestor`` itself or lies inside the namespace ``ancestor``."""
    return path == ancestor or path.startswith(ancestor + "/")


def sys_write_error(path: str, editable: Mapping[str, str] = EDITABLE_SYS) -> Optional[str]:
    """Why a write to ``path`` is refused when it lies in sys, or None when it may be written."""
    if path != "sys" and not path.startswith("sys/"):
        return None
    if path in editable:
        return None
    return (
        "%s cannot be written: in sys only sys/name, sys/description, sys/failed, sys/tags and "
        "sys/group_tags may be changed." % path
    )
