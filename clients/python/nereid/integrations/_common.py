"""What every integration needs: checking the run it was given, its namespace, and optional libraries."""

from __future__ import annotations

import importlib
import warnings
from typing import Any, Optional, Tuple

from .. import __version__
from ..handler import Handler
from ..run import Run


def check_type(name: str, value: Any, types: Tuple[type, ...]) -> None:
    """A TypeError naming the argument when ``value`` is none of ``types`` (bool is not taken for an int)."""
    if isinstance(value, bool) and bool not in types:
        ok = False
    else:
        ok = isinstance(value, types)
    if not ok:
        expected = " or ".join("None" if t is type(None) else t.__name__ for t in types)
        raise TypeError("%s must be %s, not %s (%r)." % (name, expected, type(value).__name__, value))


def namespace(run: Any, base_namespace: str) -> Any:
    """The run itself or a handler: where the integration writes (``run["training"]``, or ``run`` for "")."""
    check_type("run", run, (Run, Handler))
    check_type("base_namespace", base_namespace, (str,))
    return run[base_namespace.strip("/")] if base_namespace.strip("/") else run


def root(target: Any) -> Run:
    return target if isinstance(target, Run) else target.get_root_object()


def record_integration(target: Any, name: str) -> None:
    """Notes in the run which integration logged to it (Neptune keeps the same under source_code/integrations)."""
    root(target)["source_code/integrations/nereid-" + name] = __version__


def missing(integration: str, module: str, pip: str, debian: str) -> ImportError:
    """The error of an integration whose library is not installed, saying how to install it (a
    ModuleNotFoundError naming the module, as Python's own)."""
    return ModuleNotFoundError("nereid.integrations.%s needs %s: pip install %s, or Debian's %s."
                               % (integration, module, pip, debian), name=module)


def optional(module: str, what: str) -> Optional[Any]:
    """The module, or None after a warning saying what is skipped without it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        warnings.warn("%s is not installed, so %s is not logged." % (module.split(".")[0], what), stacklevel=3)
        return None


def new_figure(**kwargs: Any) -> Any:
    """A matplotlib figure outside pyplot: no global state to clean up, no display needed."""
    from matplotlib.figure import Figure

    return Figure(**kwargs)
