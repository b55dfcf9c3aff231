"""neptune.types: nereid.types under Neptune's name (the same objects)."""

from nereid import types as _impl
from nereid.types import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
