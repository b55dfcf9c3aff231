"""neptune.management: nereid.management under Neptune's name (the same objects)."""

from nereid import management as _impl
from nereid.management import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
