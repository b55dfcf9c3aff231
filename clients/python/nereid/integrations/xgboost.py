"""XGBoost training in a run: ``xgb.train(..., callbacks=[NeptuneCallback(run)])``, ``xgb.cv(...)`` or
``XGBClassifier(callbacks=[...]).fit(...)``.

Fields (below ``base_namespace``, "training" by default), as neptune-xgboost writes them:
    epoch, learning_rate                 series, one point per boosting round
    <data>/<metric>                      each evaluation set's metrics per round (train/logloss, eval/auc, ...);
                                         <data>/<metric>/mean and /std with xgb.cv
    booster_config                       the booster's configuration (fold_<i>/booster_config with xgb.cv)
    early_stopping/best_score, best_iteration   when the booster has them
    pickled_model                        the booster as a pickle file (fold_<i>/pickled_model with xgb.cv)
    plots/importance                     the feature importance chart (needs matplotlib)
    plots/trees                          the trees listed in log_tree (needs the graphviz package and its dot)
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import warnings
from typing import Any, List, Optional


from ..types import File, FileSeries
from ..utils import stringify_unsupported
from ._common import check_type, missing, namespace, new_figure, optional, record_integration

try:
    import xgboost as _xgb
except ImportError as error:
    raise missing("xgboost", "xgboost", "xgboost", "python3-xgboost") from error

__all__ = ["NeptuneCallback"]


def _learning_rate(config: Any) -> Optional[float]:
    """The first learning_rate in the booster's configuration (each updater repeats it)."""
    if isinstance(config, dict):
        if "learning_rate" in config:
            return float(config["learning_rate"])
        for value in config.values():
            found = _learning_rate(value)
            if found is not None:
                return found
    return None


class NeptuneCallback(_xgb.callback.TrainingCallback):
    """Logs each boosting round's metrics and, after training, the configuration, the model and its charts."""

    def __init__(self, run: Any, base_namespace: str = "training", log_model: bool = True,
                 log_importance: bool = True, max_num_features: Optional[int] = None,
                 log_tree: Optional[List[int]] = None, tree_figsize: int = 30) -> None:
        super().__init__()
        self.run = namespace(run, base_namespace)
        for name, value, types in (("log_model", log_model, (bool,)), ("log_importance", log_importance, (bool,)),
                                   ("max_num_features", max_num_features, (int, type(None))),
                                   ("log_tree", log_tree, (list, type(None))), ("tree_figsize", tree_figsize, (int,))):
            check_type(name, value, types)
        self.log_model, self.log_importance, self.max_num_features = log_model, log_importance, max_num_features
        self.log_tree, self.tree_figsize = log_tree, tree_figsize
        if log_tree and (importlib.util.find_spec("graphviz") is None or shutil.which("dot") is None):
            warnings.warn("log_tree needs the graphviz Python package and Graphviz's dot on PATH; the trees are not "
                          "logged.")
            self.log_tree = None
        self._cv, self._rounds, self._epoch, self._evals_log = False, 0, -1, {}
        record_integration(self.run, "xgboost")

    def before_training(self, model: Any) -> Any:
        self._cv = hasattr(model, "cvfolds")  # xgb.cv() passes its folds packed together
        self._rounds, self._epoch, self._evals_log = 0, -1, {}
        return model

    def after_iteration(self, model: Any, epoch: int, evals_log: Any) -> bool:
        self._log_new_rounds(model, evals_log, epoch)
        return False  # do not stop the training

    def _log_new_rounds(self, model: Any, evals_log: Any, epoch: int) -> None:
        """The rounds of evals_log not logged yet, up to ``epoch``: xgboost 1.7 keeps its callbacks in a set and
        stops asking them at the first that ends the training, so early stopping can leave out this callback in
        the last round, which after_training() then logs."""
        lengths = [len(values) for metrics in evals_log.values() for values in metrics.values()]
        rounds = max(lengths) if lengths else self._rounds + 1
        booster = model.cvfolds[0].bst if self._cv else model
        rate = _learning_rate(json.loads(booster.save_config())["learner"].get("gradient_booster"))
        for index in range(self._rounds, rounds):
            self.run["epoch"].append(epoch - (rounds - 1 - index))
            for data, metrics in evals_log.items():
                for metric, values in metrics.items():
                    if self._cv:
                        mean, std = values[index]
                        self.run[data][metric]["mean"].append(mean)
                        self.run[data][metric]["std"].append(std)
                    else:
                        self.run[data][metric].append(values[index])
            if rate is not None:
                self.run["learning_rate"].append(rate)
        self._rounds, self._epoch, self._evals_log = rounds, epoch, evals_log

    def after_training(self, model: Any) -> Any:
        if self._evals_log:
            self._log_new_rounds(model, self._evals_log, self._epoch + 1)
        boosters = [(self.run["fold_%d" % i], fold.bst) for i, fold in enumerate(model.cvfolds)] if self._cv \
            else [(self.run, model)]
        for target, booster in boosters:
            target["booster_config"] = stringify_unsupported(json.loads(booster.save_config()))
            if not self._cv:
                attributes = booster.attributes()
                if "best_score" in attributes:
                    target["early_stopping/best_score"] = float(attributes["best_score"])
                if "best_iteration" in attributes:
                    target["early_stopping/best_iteration"] = int(attributes["best_iteration"])
            if self.log_importance and optional("matplotlib", "the feature importance chart") is not None:
                figure = new_figure()
                _xgb.plot_importance(booster, ax=figure.subplots(), max_num_features=self.max_num_features)
                target["plots/importance"].upload(File.as_image(figure))
            if self.log_tree:
                target["plots/trees"] = FileSeries([self._tree(booster, index) for index in self.log_tree])
            if self.log_model:
                target["pickled_model"].upload(File.as_pickle(booster))
        return model

    def _tree(self, booster: Any, index: int) -> File:
        figure = new_figure(figsize=(self.tree_figsize, self.tree_figsize))
        _xgb.plot_tree(booster, num_trees=index, ax=figure.subplots())
        return File.as_image(figure)
