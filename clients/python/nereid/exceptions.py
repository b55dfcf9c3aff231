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


# Neptune's base exception, so `except neptune.exceptions.NeptuneException` catches every error of the client.
NeptuneException = NereidError


# -- Neptune 1.x's names (neptune.exceptions, neptune.common.exceptions) ----------------------------------------
# Each takes Neptune's arguments and says what Neptune's says; the client raises its own subclasses below them,
# which take a message, so an `except` clause written for Neptune catches what nereid raises.


class NeptuneApiException(NereidError):
    """The server refused a request."""


class Unauthorized(NeptuneApiException):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "You don't have permission to access the given resource: check the API token.",
                         **details)


class Forbidden(NeptuneApiException):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "You don't have permission to access the given resource.", **details)


class InternalServerError(NeptuneApiException):
    def __init__(self, response: Any = "", **details: Any) -> None:
        super().__init__("The server hit an internal error: %s" % (response,), **details)


class NeptuneInvalidApiTokenException(NereidError):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "The provided API token is invalid.", code="unauthorized", **details)


class NeptuneMissingApiTokenException(NereidError):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "The client couldn't find your API token: pass api_token= or set NEREID_API_TOKEN.",
                         code="missing_token", **details)


class NeptuneMissingProjectNameException(NereidError):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "The client couldn't find your project name: pass project= or set NEREID_PROJECT.",
                         code="missing_project", **details)


class NeptuneConnectionLostException(NereidError):
    def __init__(self, cause: Any = None, **details: Any) -> None:
        self.cause = cause
        super().__init__("The connection to the server was lost (%s)." % (cause,), code="connection", **details)


class NeptuneSSLVerificationError(NereidError):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "The certificate of the server could not be verified.", code="untrusted_certificate",
                         **details)


class MetadataInconsistency(NereidError):
    pass


class MissingFieldException(NereidError, AttributeError, KeyError):
    """A field that does not exist was fetched. Like Neptune's, it is also an AttributeError and a KeyError."""

    def __init__(self, field_path: str = "", **details: Any) -> None:
        super().__init__('The field "%s" was not found.' % field_path, code="unknown_field", path=field_path,
                         **details)


class FetchAttributeNotFoundException(MetadataInconsistency):
    def __init__(self, attribute_path: str = "", **details: Any) -> None:
        super().__init__("The field %s was not found." % attribute_path, code="unknown_field", path=attribute_path,
                         **details)


class MetadataContainerNotFound(NereidError):
    """No object (project, run, model, model version) of that id."""

    _kind, _code = "object", "not_found"

    def __init__(self, container_id: str = "", container_type: Any = None, **details: Any) -> None:
        self.container_id = container_id
        self.container_type = container_type
        details.setdefault("code", self._code)
        super().__init__("No existing %s was found at %s." % (self._kind, container_id), **details)


class ProjectNotFound(MetadataContainerNotFound):
    _kind, _code = "Project", "unknown_project"


class RunNotFound(MetadataContainerNotFound):
    _kind, _code = "Run", "unknown_run"


class ModelNotFound(MetadataContainerNotFound):
    _kind, _code = "Model", "unknown_model"


class ModelVersionNotFound(MetadataContainerNotFound):
    _kind, _code = "Model version", "unknown_model_version"


class InactiveContainerException(NereidError):
    _kind = "object"

    def __init__(self, label: str = "", **details: Any) -> None:
        super().__init__("It seems you are trying to log metadata to (or fetch it from) a %s that was stopped (%s)."
                         % (self._kind, label), code="inactive", **details)


class InactiveRunException(InactiveContainerException):
    _kind = "run"


class InactiveModelException(InactiveContainerException):
    _kind = "model"


class InactiveModelVersionException(InactiveContainerException):
    _kind = "model version"


class InactiveProjectException(InactiveContainerException):
    _kind = "project"


class NeptuneOfflineModeException(NereidError):
    pass


class NeptuneOfflineModeFetchException(NeptuneOfflineModeException):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "It seems you are trying to fetch data from the server while working in offline "
                         "mode.", code="offline", **details)


class NeptuneOfflineModeChangeStageException(NeptuneOfflineModeException):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "You cannot change the stage of the model version while in offline mode.",
                         code="offline", **details)


class NeptuneProtectedPathException(NereidError):
    def __init__(self, path: str = "", **details: Any) -> None:
        super().__init__("The field %s cannot be modified directly." % path, code="read_only_field", path=path,
                         **details)


class NeptuneCannotChangeStageManually(NeptuneProtectedPathException):
    def __init__(self, path: str = "", **details: Any) -> None:
        super().__init__(path, **details)
        self.message += (" To change the stage of a model version, use its change_stage() method: "
                         "model_version.change_stage(\"staging\").")


class NeptuneUserApiInputException(NereidError):
    pass


class NeptuneWrongInitParametersException(NereidError):
    pass


class NeptuneMissingRequiredInitParameter(NeptuneWrongInitParametersException):
    def __init__(self, called_function: str = "", parameter_name: str = "", **details: Any) -> None:
        details.setdefault("code", "missing_parameter")
        super().__init__("%s() was called without %s: creating a new object with %s() needs %s (or pass with_id= to "
                         "open an existing one)." % (called_function, parameter_name, called_function, parameter_name),
                         **details)


class NeedExistingExperimentForReadOnlyMode(NereidError):
    def __init__(self, container_type: Any = "object", callback_name: str = "", **details: Any) -> None:
        self.container_type = container_type
        self.callback_name = callback_name
        details.setdefault("code", "invalid_request")
        super().__init__("Read-only mode can be used only with an existing %s: pass the ID of a %s to the with_id "
                         "argument of %s when using mode=\"read-only\"." % (container_type, container_type,
                                                                             callback_name), **details)


class NeedExistingRunForReadOnlyMode(NeedExistingExperimentForReadOnlyMode):
    def __init__(self, **details: Any) -> None:
        super().__init__("run", "init_run", **details)


class NeedExistingModelForReadOnlyMode(NeedExistingExperimentForReadOnlyMode):
    def __init__(self, **details: Any) -> None:
        super().__init__("model", "init_model", **details)


class NeedExistingModelVersionForReadOnlyMode(NeedExistingExperimentForReadOnlyMode):
    def __init__(self, **details: Any) -> None:
        super().__init__("model version", "init_model_version", **details)


class NeptuneObjectCreationConflict(NereidError):
    pass


class NeptuneModelKeyAlreadyExistsError(NeptuneObjectCreationConflict):
    def __init__(self, model_key: str = "", models_tab_url: str = "", **details: Any) -> None:
        details.setdefault("code", "model_exists")
        super().__init__("A model with the provided key (%s) already exists in this project. The project's models: %s"
                         % (model_key, models_tab_url), **details)


class NeptuneStorageLimitException(NereidError):
    def __init__(self, msg: Optional[str] = None, **details: Any) -> None:
        super().__init__(msg or "The server's storage is full.", code="insufficient_storage", **details)


class FileNotFound(NereidError):
    def __init__(self, file: str = "", **details: Any) -> None:
        super().__init__("File not found: %s" % file, code="file_not_found", **details)


# -- the errors the client raises --------------------------------------------------------------------------------
# Each takes a message (and the details of NereidError), whatever its Neptune parent takes.

_ours = NereidError.__init__


class NereidConnectionError(NeptuneConnectionLostException):
    """The server could not be reached (refused, timed out, reset)."""

    __init__ = _ours


class UntrustedCertificateError(NeptuneSSLVerificationError):
    """The server's TLS certificate is not trusted (see NEREID_CA_BUNDLE)."""

    __init__ = _ours


class MissingApiTokenError(NeptuneMissingApiTokenException):
    """No API token was given and none is in the environment."""

    __init__ = _ours


class MissingProjectError(NeptuneMissingProjectNameException):
    """No project was given and none is in the environment."""

    __init__ = _ours


class UnauthorizedError(Unauthorized, NeptuneInvalidApiTokenException):
    """The server refused the API token."""

    __init__ = _ours


class ForbiddenError(Forbidden):
    """The token may not do this: it is read-only, or its user's role in the workspace is too low
    (``body`` holds ``project``, ``workspace``, ``role`` and ``needed_role``)."""

    __init__ = _ours


class UnknownProjectError(ProjectNotFound):
    """The project does not exist on the server."""

    __init__ = _ours


class UnknownRunError(RunNotFound):
    """The run does not exist on the server."""

    __init__ = _ours


class UnknownModelError(ModelNotFound):
    """No model of that id in the project."""

    __init__ = _ours


class UnknownModelVersionError(ModelVersionNotFound):
    """No model version of that id in the project."""

    __init__ = _ours


class UnknownFieldError(MissingFieldException, FetchAttributeNotFoundException):
    """The run has no such field (also an AttributeError and a KeyError, as Neptune's MissingFieldException)."""

    __init__ = _ours


class InvalidPathError(NeptuneUserApiInputException):
    """A field path breaks the path rules."""

    __init__ = _ours


class InvalidValueError(NeptuneUserApiInputException):
    """A value cannot be stored (unsupported type, out of range, too long, NaN in an atom, ...)."""

    __init__ = _ours


class TypeConflictError(MetadataInconsistency):
    """A write of another type to an existing field."""


class ReadOnlyFieldError(NeptuneProtectedPathException):
    """A write to a sys field that users may not edit."""

    __init__ = _ours


class StepNotIncreasingError(NereidError):
    """A series point whose step is not above the previous one."""


class InactiveRunError(InactiveRunException):
    """The run was stopped, or it is in a mode that cannot do what was asked."""

    __init__ = _ours


class InactiveModelError(InactiveModelException):
    """The model was stopped."""

    __init__ = _ours


class InactiveModelVersionError(InactiveModelVersionException):
    """The model version was stopped."""

    __init__ = _ours


class InactiveProjectError(InactiveProjectException):
    """The project was stopped."""

    __init__ = _ours


class FetchNotAvailableError(NeptuneOfflineModeFetchException):
    """Fetching needs the server, which offline and debug-less modes do not have."""

    __init__ = _ours


class FileError(NereidError):
    """A file could not be logged or read: it vanished, the server refused its upload (``blob_mismatch``,
    ``file_too_large``, ``insufficient_storage``, ``unknown_blob``), or a download failed its check."""


class FileTooLargeError(FileError):
    """The server refused an upload over its --max-file-bytes (413 file_too_large)."""


class InsufficientStorageError(FileError, NeptuneStorageLimitException):
    """The server's disk is full (507 insufficient_storage); nothing of the upload was kept."""

    __init__ = _ours


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
    "unknown_model": UnknownModelError,
    "unknown_model_version": UnknownModelVersionError,
    "invalid_model_key": InvalidValueError,
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
