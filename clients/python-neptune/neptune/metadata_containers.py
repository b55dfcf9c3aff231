"""neptune.metadata_containers: nereid.metadata_containers under Neptune's name (the same classes)."""

from nereid import metadata_containers as _impl
from nereid.metadata_containers import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_impl, name)
