"""neptune.handler: nereid.handler under Neptune's name (the same objects)."""

from nereid import handler as _impl
from nereid.handler import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
