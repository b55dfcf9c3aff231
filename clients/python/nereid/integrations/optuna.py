"""Optuna studies in a run: ``study.optimize(objective, callbacks=[NeptuneCallback(run)])`` logs each trial as it
ends, or ``log_study_metadata(study, run)`` logs a finished study at once.

Fields (below ``base_namespace``), as neptune-optuna writes them:
    trials/values, trials/params/<name>, trials/values|params   series whose steps are the trial numbers (with
                                n_jobs > 1 a trial that ends after a higher-numbered one has its point refused
                                there, as steps only grow; its trials/trials/<n> fields are kept)
    trials/trials/<n>/...       each trial: value, params, distributions, datetime_start, duration, is_pruned, ...
    best/value, best/params     the best trial so far
    best/trials/<n>/...         each trial that was the best when it ended (with several objectives, each trial
                                of the Pareto front, its values under values/<objective>)
    study/...                   name, direction, distributions, the pickled study (study/study) or its storage URL
    visualizations/plot_*       optuna's plots: HTML pages with plotly (python3-plotly; the pages load plotly.js from
                                its CDN); PNG images with matplotlib when plotly is missing or
                                visualization_backend="matplotlib"; none, with a warning, without either
"""

from __future__ import annotations

from typing import Any, List, Optional, Union


from ._common import check_type, missing, namespace, record_integration

try:
    import optuna as _optuna
except ImportError as error:
    raise missing("optuna", "optuna", "optuna", "python3-optuna") from error

from . import _optuna_log as _log
from . import _optuna_plots as _plots

__all__ = ["NeptuneCallback", "log_study_metadata", "load_study_from_run"]


def _every(name: str, value: Any) -> int:
    """A frequency: a positive int, or 0 for "never" (and None)."""
    check_type(name, value, (int, str, type(None)))
    if value is None or value == "never":
        return 0
    if isinstance(value, str) or value < 1:
        raise ValueError("%s must be a positive number of trials or 'never', not %r." % (name, value))
    return value


class NeptuneCallback:
    """Logs every trial of ``study.optimize(..., callbacks=[callback])``; plots every ``plots_update_freq`` trials
    and the study object every ``study_update_freq`` trials ("never" for neither)."""

    def __init__(self, run: Any, base_namespace: str = "", plots_update_freq: Union[int, str] = 1,
                 study_update_freq: Union[int, str] = 1, visualization_backend: str = "plotly",
                 log_plot_contour: bool = True, log_plot_edf: bool = True, log_plot_parallel_coordinate: bool = True,
                 log_plot_param_importances: bool = True, log_plot_pareto_front: bool = True,
                 log_plot_slice: bool = True, log_plot_intermediate_values: bool = True,
                 log_plot_optimization_history: bool = True, target_names: Optional[List[str]] = None,
                 log_all_trials: bool = True) -> None:
        self._target = namespace(run, base_namespace)
        self._plots_every = _every("plots_update_freq", plots_update_freq)
        self._study_every = _every("study_update_freq", study_update_freq)
        check_type("target_names", target_names, (list, type(None)))
        check_type("log_all_trials", log_all_trials, (bool,))
        self._backend = visualization_backend
        self._plots = dict(contour=log_plot_contour, edf=log_plot_edf, parallel_coordinate=log_plot_parallel_coordinate,
                           param_importances=log_plot_param_importances, pareto_front=log_plot_pareto_front,
                           slice=log_plot_slice, intermediate_values=log_plot_intermediate_values,
                           optimization_history=log_plot_optimization_history)
        self._target_names = target_names
        self._log_all_trials = log_all_trials
        self._names: Any = None
        record_integration(self._target, "optuna")

    def __call__(self, study: _optuna.Study, trial: _optuna.trial.FrozenTrial) -> None:
        if self._names is None:
            self._names = _log.objective_names(study, self._target_names)
        if self._log_all_trials:
            _log.log_trial(self._target, study, trial, self._names, best=False)
        self._target["study/distributions"] = {k: str(v) for k, v in trial.distributions.items()}
        _log.log_best(self._target, study, self._names)
        if trial.number == 0:
            _log.log_study_details(self._target, study)
        complete = study.get_trials(deepcopy=False, states=(_optuna.trial.TrialState.COMPLETE,))
        if self._plots_every and complete and trial.number % self._plots_every == 0:
            _plots.log_plots(self._target, study, self._backend, self._plots, self._names)
        if self._study_every and trial.number % self._study_every == 0:
            _log.log_study(self._target, study)


def log_study_metadata(study: _optuna.Study, run: Any, base_namespace: str = "", log_plots: bool = True,
                       log_study: bool = True, log_all_trials: bool = True, log_distributions: bool = True,
                       visualization_backend: str = "plotly", target_names: Optional[List[str]] = None,
                       **log_plot_flags: bool) -> None:
    """Logs a study after the fact: its trials, the best, the distributions, the plots and the study object.
    ``log_plot_contour=False`` (and the other log_plot_* of NeptuneCallback) leaves a plot out."""
    unknown = set(log_plot_flags) - {"log_plot_" + name for name in _plots.PLOTS}
    if unknown:
        raise TypeError("log_study_metadata() got unexpected arguments: %s." % ", ".join(sorted(unknown)))
    target = namespace(run, base_namespace)
    names = _log.objective_names(study, target_names)
    _log.log_best(target, study, names)
    _log.log_study_details(target, study)
    for trial in study.trials:
        if log_all_trials:
            _log.log_trial(target, study, trial, names, best=False)
        if log_distributions:
            target["study/distributions/trial/%d" % trial.number] = {k: str(v) for k, v in trial.distributions.items()}
    if log_plots:
        wanted = {name: bool(log_plot_flags.get("log_plot_" + name, True)) for name in _plots.PLOTS}
        _plots.log_plots(target, study, visualization_backend, wanted, names)
    if log_study:
        _log.log_study(target, study)
    record_integration(target, "optuna")


def load_study_from_run(run: Any) -> _optuna.Study:
    """The study a run logged: unpickled from study/study, or loaded from the database at study/storage_url."""
    if run["study/storage_type"].fetch() == "InMemoryStorage":
        import os
        import pickle
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "study.pkl")
            run["study/study"].download(path)
            with open(path, "rb") as file:
                return pickle.load(file)
    return _optuna.load_study(study_name=run["study/study_name"].fetch(), storage=run["study/storage_url"].fetch())

