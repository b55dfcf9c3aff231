"""neptune.integrations.utils: the helpers Neptune's integration packages (neptune-optuna, neptune-xgboost, ...)
import from here."""

from typing import Any, Union

from nereid import Run
from nereid.handler import Handler

from ..internal.utils import join_paths, verify_type

RunType = Union[Run, Handler]


def expect_not_an_experiment(run: Any) -> None:
    """Neptune refuses its legacy (0.x) Experiment objects here; nereid has none, so there is nothing to refuse."""


__all__ = ["RunType", "expect_not_an_experiment", "join_paths", "verify_type"]
