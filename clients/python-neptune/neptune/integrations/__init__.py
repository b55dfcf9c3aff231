"""neptune.integrations.<name> is nereid.integrations.<name>: `import neptune.integrations.optuna` gives the module
nereid.integrations.optuna itself (not a copy), imported only when asked for. A module of this folder (utils)
comes first."""

import importlib
import importlib.abc
import importlib.machinery
import os
import sys

_PREFIX = __name__ + "."
_OWN = {name[:-3] for name in os.listdir(os.path.dirname(__file__)) if name.endswith(".py")}


class _NereidIntegrations(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds neptune.integrations.X[.Y] and loads it as the module nereid.integrations.X[.Y]."""

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(_PREFIX) or fullname[len(_PREFIX):].split(".")[0] in _OWN:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__name__
        target = "nereid.integrations." + name[len(_PREFIX):]
        try:
            real = importlib.import_module(target)
        except ModuleNotFoundError as error:
            if error.name is None or not target.startswith(error.name):
                raise  # the integration's own library is missing: its message says which
            raise ModuleNotFoundError(
                "No module named %r: nereid has no integration %s (it would be %s)." % (name, name, target), name=name
            ) from None
        sys.modules[name] = real  # the import system hands out what sys.modules holds once this returns


# First on the path, so that a nereid integration's submodules are not loaded a second time under our name.
if not any(isinstance(finder, _NereidIntegrations) for finder in sys.meta_path):
    sys.meta_path.insert(0, _NereidIntegrations())
