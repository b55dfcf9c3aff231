"""neptune.exceptions: nereid.exceptions under Neptune's name (the same classes, so `except` clauses catch what
nereid raises). A Neptune name nereid does not define (yet) resolves to the nereid error raised in its place."""

from nereid import exceptions as _impl
from nereid.exceptions import *  # noqa: F401,F403

_IN_PLACE_OF = {
    "NeptuneException": "NereidError",
    "InactiveRunException": "InactiveRunError",
    "NeptuneMissingApiTokenException": "MissingApiTokenError",
    "NeptuneMissingProjectNameException": "MissingProjectError",
    "NeptuneInvalidApiTokenException": "UnauthorizedError",
    "NeptuneConnectionLostException": "NereidConnectionError",
    "ProjectNotFound": "UnknownProjectError",
    "NeptuneRunNotFound": "UnknownRunError",
    "MissingFieldException": "UnknownFieldError",
    "FetchAttributeNotFoundException": "UnknownFieldError",
    "NeptuneOfflineModeFetchException": "FetchNotAvailableError",
}


def __getattr__(name: str):
    if hasattr(_impl, name):
        return getattr(_impl, name)
    if name in _IN_PLACE_OF:
        return getattr(_impl, _IN_PLACE_OF[name])
    raise AttributeError("module 'neptune.exceptions' (nereid) has no attribute %r" % name)
