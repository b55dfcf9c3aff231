"""What nereid.integrations.optuna writes for a trial, the best trials and the study (Neptune's layout:
trials/..., best/..., study/...)."""

from __future__ import annotations

from typing import Any, List, Union

import optuna

from ..types import File
from ..utils import stringify_unsupported

COMPLETE = optuna.trial.TrialState.COMPLETE
PRUNED = optuna.trial.TrialState.PRUNED


def is_multi_objective(study: optuna.Study) -> bool:
    return len(study.directions) > 1


def objective_names(study: optuna.Study, target_names: Any) -> Union[str, List[str]]:
    """The name of each objective: one string for a single objective, a list for several."""
    count = len(study.directions)
    if target_names is not None and len(target_names) != count:
        raise ValueError("target_names has %d names but the study has %d objectives." % (len(target_names), count))
    if count == 1:
        return target_names[0] if target_names else "objective_value"
    return list(target_names) if target_names else ["objective_%d" % i for i in range(count)]


def log_trial(target: Any, study: optuna.Study, trial: optuna.trial.FrozenTrial, names: Any, best: bool) -> None:
    """One trial under trials/trials/<number> (or best/trials/<number>), and the series (or the best values)."""
    handle = target["best" if best else "trials"]
    one = handle["trials/%d" % trial.number]
    for name in ("datetime_start", "datetime_complete"):
        if getattr(trial, name) is not None:
            one[name] = getattr(trial, name)
    if trial.duration is not None:
        one["duration"] = str(trial.duration)
    for name in ("distributions", "intermediate_values", "params", "user_attrs"):
        one[name] = stringify_unsupported(getattr(trial, name))
    one["is_pruned"] = trial.state == PRUNED
    if trial.state.is_finished() and trial.state != COMPLETE:
        one["state"] = "TrialState." + trial.state.name  # repr() gives "2" on Python 3.11
    if trial.state != COMPLETE:
        return
    params = stringify_unsupported(trial.params)
    if isinstance(names, list):  # several objectives: the best trials are only listed under best/trials
        for name, value in zip(names, trial.values):
            one["values/" + name] = value
            if not best:
                handle["values/" + name].append(value, step=trial.number)
        if not best and params:
            handle["params"].append(params, step=trial.number)
        return
    one["value"] = trial.value
    text = "value: %s| params: %s" % (trial.value, trial.params)
    if best:
        handle["value"], handle["value|params"], handle["params"] = trial.value, text, params
        return
    handle["values"].append(trial.value, step=trial.number)
    handle["values|params"].append(text, step=trial.number)
    if params:
        handle["params"].append(params, step=trial.number)


def log_best(target: Any, study: optuna.Study, names: Any) -> None:
    """The best trial (each trial of the Pareto front for several objectives) under best/."""
    if not study.get_trials(deepcopy=False, states=(COMPLETE,)):
        return
    for trial in study.best_trials if is_multi_objective(study) else [study.best_trial]:
        log_trial(target, study, trial, names, best=True)


def log_study_details(target: Any, study: optuna.Study) -> None:
    target["study/study_name"] = study.study_name
    if is_multi_objective(study):
        target["study/directions"] = str([d.name for d in study.directions])
    else:
        target["study/direction"] = study.direction.name  # MINIMIZE (str() of this IntEnum is "1" on 3.11)
    target["study/user_attrs"] = stringify_unsupported(study.user_attrs)
    if getattr(study, "_study_id", None) is not None:
        target["study/_study_id"] = study._study_id


def log_study(target: Any, study: optuna.Study) -> None:
    """The study itself, so that load_study_from_run() can continue it: pickled when it lives in memory, its
    storage URL when it lives in a database."""
    storage = getattr(study, "_storage", None)
    backend = getattr(storage, "_backend", storage)  # a _CachedStorage wraps an RDBStorage
    target["study/study_name"] = study.study_name
    if isinstance(storage, optuna.storages.InMemoryStorage):
        target["study/storage_type"] = "InMemoryStorage"
        target["study/study"] = File.as_pickle(study)
    elif isinstance(backend, optuna.storages.RDBStorage):
        target["study/storage_type"] = "RDBStorage"
        target["study/storage_url"] = backend.url
    else:
        target["study/storage_type"] = type(backend).__name__
        if getattr(backend, "_url", None):
            target["study/storage_url"] = backend._url
