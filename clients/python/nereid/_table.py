"""The runs table that fetch_runs_table() returns, as Neptune's Table, TableEntry and LeafEntry."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional

from . import _fetch
from ._values import from_wire, wire_series_value
from .exceptions import NereidError


def _entry_values(run: Dict[str, Any]) -> Dict[str, Any]:
    """path -> value of one run: atoms as fetch() gives them, series by their last value."""
    values = {"sys/" + name: _fetch.sys_value(name, value) for name, value in (run.get("sys") or {}).items()}
    types = {"sys/" + name: _fetch.sys_type(name) for name in (run.get("sys") or {})}
    for path, field in (run.get("fields") or {}).items():
        kind = field.get("type")
        types[path] = kind
        if kind == "floatSeries":
            values[path] = wire_series_value(field.get("last"))
        elif kind == "stringSeries":
            values[path] = field.get("last")
        else:
            values[path] = from_wire(kind, field.get("value"))
    return {"values": values, "types": types}


class LeafEntry:
    """One cell of the runs table, as Neptune's LeafEntry."""

    def __init__(self, value: Any, type_name: Optional[str]) -> None:
        self._value = value
        self._type = type_name

    def get(self) -> Any:
        return self._value

    def get_attribute_type(self) -> Optional[str]:
        return self._type

    def __repr__(self) -> str:
        return "LeafEntry(%r)" % (self._value,)


class TableEntry:
    """One run of the runs table."""

    def __init__(self, run: Dict[str, Any], columns: Optional[List[str]]) -> None:
        parts = _entry_values(run)
        self._values = parts["values"]
        self._types = parts["types"]
        if columns is not None:
            keep = set(columns) | {"sys/id"}
            self._values = {
                p: v for p, v in self._values.items() if p in keep or any(p.startswith(c + "/") for c in columns)
            }
        self.id = run.get("id")
        self.run = run

    def __getitem__(self, path: str) -> LeafEntry:
        if path not in self._values:
            raise KeyError(path)
        return LeafEntry(self._values[path], self._types.get(path))

    def get_attribute_value(self, path: str) -> Any:
        return self._values.get(path)

    def get_attribute_type(self, path: str) -> Optional[str]:
        return self._types.get(path) if path in self._values else None

    def keys(self) -> List[str]:
        return sorted(self._values)

    def to_dict(self) -> Dict[str, Any]:
        return dict(self._values)

    def __repr__(self) -> str:
        return "TableEntry(%s)" % self.id


class Table:
    """The runs table: ``to_rows()`` gives TableEntry objects, ``to_pandas()`` a DataFrame."""

    def __init__(self, entries: List[TableEntry], columns: Optional[List[str]]) -> None:
        self._entries = entries
        self._columns = columns

    def to_rows(self) -> List[TableEntry]:
        return list(self._entries)

    def __iter__(self) -> Iterator[TableEntry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def column_names(self) -> List[str]:
        names = set()
        for entry in self._entries:
            names.update(entry.keys())
        return sorted(names)

    def to_pandas(self) -> Any:
        try:
            import pandas  # type: ignore[import-not-found]
        except ImportError as error:
            raise NereidError(
                "to_pandas() needs pandas, which is not installed; use to_rows() instead.", code="missing_pandas"
            ) from error
        names = self.column_names()
        data = []
        for entry in self._entries:
            row = {}
            for name in names:
                value = entry.get_attribute_value(name)
                if isinstance(value, set):
                    value = ",".join(sorted(value))  # as Neptune shows string sets in its tables
                row[name] = value
            data.append(row)
        return pandas.DataFrame(data, columns=names)


def _sort_key(value: Any) -> Any:
    if isinstance(value, set):
        return ",".join(sorted(value))
    return value


def merge_order(entries: List[TableEntry], sort_by: str, ascending: bool) -> List[TableEntry]:
    """Runs from two listings (trashed and not) in one order; runs without the field go last."""
    present = [e for e in entries if e.get_attribute_value(sort_by) is not None]
    missing = [e for e in entries if e.get_attribute_value(sort_by) is None]
    try:
        present.sort(key=lambda e: _sort_key(e.get_attribute_value(sort_by)), reverse=not ascending)
    except TypeError:  # values of different types under one path: compare them as text
        present.sort(key=lambda e: str(e.get_attribute_value(sort_by)), reverse=not ascending)
    return present + missing
