"""optuna.visualization's plots under visualizations/: HTML pages with plotly (as Neptune logs them), PNG images
with matplotlib when plotly is missing (Debian has no plotly package), nothing when neither is installed."""

from __future__ import annotations

import warnings
from typing import Any, Dict

import optuna

from ..types import File
from ._optuna_log import COMPLETE, PRUNED, is_multi_objective

PLOTS = ("contour", "edf", "parallel_coordinate", "param_importances", "slice", "intermediate_values",
         "optimization_history", "pareto_front")
_warned = set()


def _backend(wanted: str) -> Any:
    """optuna.visualization or optuna.visualization.matplotlib, whichever can draw; None when neither can."""
    if wanted not in ("plotly", "matplotlib"):
        raise ValueError("visualization_backend must be 'plotly' or 'matplotlib', not %r." % (wanted,))
    import optuna.visualization as plotly_vis
    import optuna.visualization.matplotlib as matplotlib_vis

    order = [plotly_vis, matplotlib_vis] if wanted == "plotly" else [matplotlib_vis]
    for vis in order:
        if vis.is_available():
            if vis is not order[0] and "fallback" not in _warned:
                _warned.add("fallback")
                warnings.warn("plotly is not installed: optuna's plots are logged as PNG images drawn by matplotlib.")
            return vis
    if "none" not in _warned:
        _warned.add("none")
        warnings.warn("Neither plotly nor matplotlib is installed, so optuna's plots are not logged.")
    return None


def _file(vis: Any, drawing: Any) -> File:
    if vis.__name__.endswith("matplotlib"):
        figure = drawing.figure if hasattr(drawing, "figure") else drawing.flat[0].figure  # Axes or array of them
        file = File.as_image(figure)
        import matplotlib.pyplot

        matplotlib.pyplot.close(figure)  # optuna draws them with pyplot, which would keep every one
        return file
    return File.as_html(drawing.to_html(full_html=True, include_plotlyjs="cdn"))


def log_plots(target: Any, study: optuna.Study, backend: str, wanted: Dict[str, bool], names: Any) -> None:
    """The plots whose log_plot_<name> is true and that the study has data for."""
    verbosity = optuna.logging.get_verbosity()
    optuna.logging.set_verbosity(optuna.logging.ERROR)  # not "would be different from the Plotly-based" each time
    try:
        with warnings.catch_warnings():  # optuna calls its matplotlib plots and is_available() experimental
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            _log_plots(target, study, backend, wanted, names)
    finally:
        optuna.logging.set_verbosity(verbosity)


def _log_plots(target: Any, study: optuna.Study, backend: str, wanted: Dict[str, bool], names: Any) -> None:
    vis = _backend(backend)
    if vis is None:
        return
    handle = target["visualizations"]
    has_params = any(t.params for t in study.trials)
    finished = len(study.get_trials(deepcopy=False, states=(COMPLETE, PRUNED)))
    multi = is_multi_objective(study)
    for index in range(len(study.directions)):
        here = handle[names[index]] if multi else handle
        options: Dict[str, Any] = {"target_name": names[index] if multi else names}
        if multi:
            options["target"] = lambda trial, i=index: trial.values[i]
        plans = {
            "contour": has_params, "edf": True, "parallel_coordinate": True, "slice": has_params,
            "param_importances": finished > 1, "optimization_history": True,
            "intermediate_values": not multi and any(t.intermediate_values for t in study.trials),
        }
        for name, possible in plans.items():
            if possible and wanted.get(name, True):
                args = {} if name == "intermediate_values" else options
                try:
                    here["plot_" + name] = _file(vis, getattr(vis, "plot_" + name)(study, **args))
                except (RuntimeError, ValueError, ZeroDivisionError) as error:  # too few trials for importances
                    warnings.warn("optuna's plot_%s was not logged: %s" % (name, error))
    if multi and wanted.get("pareto_front", True) and hasattr(vis, "plot_pareto_front"):
        handle["plot_pareto_front"] = _file(vis, vis.plot_pareto_front(study, target_names=names))
