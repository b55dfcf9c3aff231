"""neptune_scale.types: nereid.scale.types under neptune-scale's name (the same objects)."""

from nereid.scale import types as _impl
from nereid.scale.types import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
