"""neptune.integrations.utils: the helpers Neptune's integration packages (neptune-optuna, neptune-xgboost, ...)
import from here."""

from typing import Any, Tuple, Union

from nereid import Run
from nereid.handler import Handler

RunType = Union[Run, Handler]


def verify_type(var_name: str, var: Any, expected_type: Union[type, Tuple[type, ...]]) -> None:
    """TypeError unless ``var`` is of ``expected_type``, worded as Neptune words it."""
    kinds = expected_type if isinstance(expected_type, tuple) else (expected_type,)
    if not isinstance(var, expected_type):
        names = " or ".join(getattr(kind, "__name__", str(kind)) for kind in kinds)
        raise TypeError("{} must be a {} (was {})".format(var_name, names, type(var)))


def expect_not_an_experiment(run: Any) -> None:
    """Neptune refuses its legacy (0.x) Experiment objects here; nereid has none, so there is nothing to refuse."""


def join_paths(*paths: Any) -> str:
    """The non-empty parts joined with "/"."""
    return "/".join(str(path) for path in paths if str(path))


__all__ = ["RunType", "expect_not_an_experiment", "join_paths", "verify_type"]
