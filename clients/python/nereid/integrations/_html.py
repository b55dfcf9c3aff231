"""A table as a small HTML page, without pandas (what File.as_html(DataFrame) gives when pandas is installed)."""

from __future__ import annotations

import html
from typing import Any, Dict, Sequence

from ..types import File


def _cell(value: Any) -> str:
    value = value.item() if hasattr(value, "item") else value  # numpy scalars print as their Python value
    return html.escape(str(value))


def table(columns: Dict[str, Sequence[Any]], nrows: int) -> File:
    """The first ``nrows`` rows of ``columns`` (name -> values, all of one length), numbered from 0."""
    names = list(columns)
    count = min(nrows, min((len(values) for values in columns.values()), default=0))
    lines = ['<!DOCTYPE html>\n<html><body>\n<table border="1" class="dataframe">',
             "<thead><tr><th></th>" + "".join("<th>%s</th>" % html.escape(str(n)) for n in names) + "</tr></thead>",
             "<tbody>"]
    for row in range(count):
        cells = "".join("<td>%s</td>" % _cell(columns[name][row]) for name in names)
        lines.append("<tr><th>%d</th>%s</tr>" % (row, cells))
    lines.append("</tbody>\n</table>\n</body></html>\n")
    return File.as_html("\n".join(lines))
