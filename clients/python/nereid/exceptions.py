"""Errors raised by the nereid client. Every error names what was wrong."""

from __future__ import annotations

from typing import Any, Dict, Optional


class NereidError(Exception):
    """The base of every error the client raises.

    ``code`` is the server's stable error code (``type_conflict``, ``unknown_run``, ...) or the
    client's own for problems found before anything was sent; ``path`` names the field when one
    is involved; ``status`` is the HTTP status when the server answered.
    """

    def __init__(
        self,
        message: str,
        *,
        code: Optional[str] = None,
        path: Optional[str] = None,
        status: Optional[int] = None,
        operation: Optional[int] = None,
        body: Optional[Any] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.path = path
        self.status = status
        self.operation = operation
        self.body = body

    def __str__(self) -> str:
        return self.message


# Neptune's base exception, so `except neptune.exceptions.NeptuneException` keeps working.
NeptuneException = NereidError


class NereidConnectionError(NereidError):
    """The server could not be reached (refused, timed out, reset)."""


class MissingApiTokenError(NereidError):
    """No API token was given and none is in the environment."""


class MissingProjectError(NereidError):
    """No project was given and none is in the environment."""


class UnauthorizedError(NereidError):
    """The server refused the API token."""


class ForbiddenError(NereidError):
    """The token may not do this: it is read-only, or its user's role in the workspace is too low
    (``body`` holds ``project``, ``workspace``, ``role`` and ``needed_role``)."""


# Neptune's name for the same refusal, so `except neptune.exceptions.Forbidden` keeps working.
Forbidden = ForbiddenError


class UnknownProjectError(NereidError):
    """The project does not exist on the server."""


class UnknownRunError(NereidError):
    """The run does not exist on the server."""


class UnknownFieldError(NereidError):
    """The run has no such field."""


class InvalidPathError(NereidError):
    """A field path breaks the path rules."""


class InvalidValueError(NereidError):
    """A value cannot be stored (unsupported type, out of range, too long, NaN in an atom, ...)."""


class TypeConflictError(NereidError):
    """A write of another type to an existing field."""


class ReadOnlyFieldError(NereidError):
    """A write to a sys field that users may not edit."""


class StepNotIncreasingError(NereidError):
    """A series point whose step is not above the previous one."""


class InactiveRunError(NereidError):
    """The run was stopped, or it is in a mode that cannot do what was asked."""


class FetchNotAvailableError(NereidError):
    """Fetching needs the server, which offline and debug-less modes do not have."""


class FileError(NereidError):
    """A file could not be logged or read: it vanished, the server refused its upload (``blob_mismatch``,
    ``file_too_large``, ``insufficient_storage``, ``unknown_blob``), or a download failed its check."""


class FileTooLargeError(FileError):
    """The server refused an upload over its --max-file-bytes (413 file_too_large)."""


class InsufficientStorageError(FileError):
    """The server's disk is full (507 insufficient_storage); nothing of the upload was kept."""


_BY_CODE = {
    "blob_mismatch": FileError,
    "unknown_blob": FileError,
    "file_not_found": FileError,
    "length_required": FileError,
    "range_not_satisfiable": FileError,
    "file_too_large": FileTooLargeError,
    "insufficient_storage": InsufficientStorageError,
    "unauthorized": UnauthorizedError,
    "forbidden": ForbiddenError,
    "unknown_project": UnknownProjectError,
    "unknown_run": UnknownRunError,
    "unknown_field": UnknownFieldError,
    "invalid_path": InvalidPathError,
    "invalid_value": InvalidValueError,
    "type_conflict": TypeConflictError,
    "read_only_field": ReadOnlyFieldError,
    "step_not_increasing": StepNotIncreasingError,
}


def error_class(code: Optional[str]) -> type:
    """The NereidError subclass for a server error code."""
    return _BY_CODE.get(code or "", NereidError)


def server_message(code: Optional[str], body: Dict[str, Any]) -> str:
    """The sentence for a server's error: its own, or for a 403 one that says which project the token can only
    read, and why."""
    project = body.get("project")
    if code == "forbidden" and project and body.get("read_only"):
        return "Your token can only read %s: it is a read-only token." % project
    if code == "forbidden" and project and body.get("role") == "viewer":
        return (
            "Your token can only read %s: its user %s has the viewer role in workspace %s, and logging or editing "
            "runs needs the contributor role." % (project, body.get("user"), body.get("workspace"))
        )
    return body.get("message") or code or "error"
