"""Errors of nereid.scale with neptune-scale's names, so `except neptune_scale.exceptions.X` keeps working.

Each is also a nereid.NereidError, so `except nereid.NereidError` catches them as well.
"""

from __future__ import annotations

from typing import Any

from ..exceptions import NereidError


class NeptuneScaleError(NereidError):
    """The base of neptune-scale's errors."""

    message = "An error occurred in the Neptune client."

    def __init__(self, message: str = "", **kwargs: Any) -> None:
        super().__init__(message or self.message, **kwargs)


class NeptuneScaleWarning(Warning):
    """The base of neptune-scale's warnings."""


class NeptuneProjectNotProvided(NeptuneScaleError):
    message = (
        "NeptuneProjectNotProvided: The project name was not provided. Pass project=\"workspace/project\" to Run() "
        "or set NEREID_PROJECT (or NEPTUNE_PROJECT)."
    )


class NeptuneApiTokenNotProvided(NeptuneScaleError):
    message = (
        "NeptuneApiTokenNotProvided: The API token was not provided. Pass api_token= to Run() or set "
        "NEREID_API_TOKEN (or NEPTUNE_API_TOKEN); the server writes its first token to <data folder>/token."
    )


class NeptuneUnableToLogData(NeptuneScaleError):
    """A value that cannot be logged, raised instead of dropped when NEPTUNE_LOG_FAILURE_ACTION=raise."""

    message = "NeptuneUnableToLogData: An error occurred, preventing Neptune from logging your data."


class NeptuneUnsupportedByNereid(NeptuneScaleError, NotImplementedError):
    """A neptune-scale feature a nereid-server does not have (forks, histograms, metric previews, ...)."""

    def __init__(self, what: str, hint: str = "") -> None:
        text = "%s is not supported by nereid.scale (a nereid-server has no such feature)." % what
        super().__init__(text + (" " + hint if hint else ""), code="unsupported")


__all__ = [
    "NeptuneApiTokenNotProvided",
    "NeptuneProjectNotProvided",
    "NeptuneScaleError",
    "NeptuneScaleWarning",
    "NeptuneUnableToLogData",
    "NeptuneUnsupportedByNereid",
]
