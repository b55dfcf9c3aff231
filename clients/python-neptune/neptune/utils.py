"""neptune.utils: nereid.utils under Neptune's name (the same objects)."""

from nereid import utils as _impl
from nereid.utils import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
