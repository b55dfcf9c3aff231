"""neptune_scale.exceptions: nereid.scale.exceptions under neptune-scale's name (the same objects)."""

from nereid.scale import exceptions as _impl
from nereid.scale.exceptions import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
