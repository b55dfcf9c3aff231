"""The diagnostics charts of nereid.integrations.sklearn are drawn with matplotlib (and scikit-learn's displays);
each chart function returns a PNG File, or None (with a warning) when matplotlib is missing or the chart cannot be
drawn."""

from __future__ import annotations

import functools
import warnings
from typing import Any, Callable, Dict, Optional

from ..types import File
from ._common import new_figure, optional


def chart(title: str) -> Callable[[Callable[..., None]], Callable[..., Optional[File]]]:
    """Turns a function that draws on an Axes into one that returns the PNG, or None after a warning."""
    def wrap(draw: Callable[..., None]) -> Callable[..., Optional[File]]:
        @functools.wraps(draw)
        def logged(*args: Any, **kwargs: Any) -> Optional[File]:
            if optional("matplotlib", "the %s chart" % title) is None:
                return None
            figure = new_figure()
            try:
                draw(figure.subplots(), *args, **kwargs)
            except Exception as error:  # a chart that cannot be drawn must not lose the rest of the summary
                warnings.warn("The %s chart was not logged: %s" % (title, error), stacklevel=2)
                return None
            figure.suptitle(title)
            return File.as_image(figure)
        return logged
    return wrap


def drawn(files: Dict[str, Any]) -> Dict[str, Any]:
    """The charts that were drawn, as summary entries under diagnostics_charts/."""
    return {"diagnostics_charts/" + name: file for name, file in files.items()
            if file is not None and getattr(file, "values", True)}  # an empty FileSeries has nothing to show
