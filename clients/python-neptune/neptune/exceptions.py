"""neptune.exceptions: nereid.exceptions under Neptune's name. They are the same classes, so `except` clauses
catch what nereid raises; nereid.exceptions defines Neptune 1.x's names itself."""

from nereid import exceptions as _impl
from nereid.exceptions import *  # noqa: F401,F403


def __getattr__(name: str):
    # The star import leaves out names with a leading underscore; anything else nereid has is reached here too.
    if hasattr(_impl, name):
        return getattr(_impl, name)
    raise AttributeError("module 'neptune.exceptions' (nereid) has no attribute %r" % name)
