"""neptune, backed by nereid: unchanged Neptune 1.x scripts (and libraries that `import neptune`) log to a
nereid-server. Every name comes from nereid (`neptune.init_run is nereid.init_run`), so objects and exceptions
are shared between the two names."""

import importlib as _importlib

import nereid as _nereid
from nereid import *  # noqa: F401,F403

from .version import __version__  # noqa: F401

# The star brought nereid's modules under these names; Neptune's names are this package's modules, which forward
# to nereid's and add Neptune's spellings (importing a submodule sets it on the package, replacing nereid's).
for _name in ("exceptions", "handler", "management", "metadata_containers", "types", "utils"):
    _importlib.import_module(__name__ + "." + _name)


def __getattr__(name: str):
    """Names nereid gains later (init_model, ModelVersion, ...) without a change here."""
    try:
        return getattr(_nereid, name)
    except AttributeError:
        raise AttributeError("module 'neptune' (nereid) has no attribute %r" % name) from None
