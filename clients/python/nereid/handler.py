"""A field or namespace of a run: what `run["params/lr"]` gives."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from . import _values
from ._encoder import (
    ADD_STRINGS,
    APPEND_FLOAT,
    APPEND_FLOAT_STEP,
    APPEND_STRING,
    APPEND_STRING_STEP,
    ASSIGN,
    CLEAR_STRINGS,
    DELETE,
    REMOVE_STRINGS,
)
from ._filehandler import FileMethods, is_file_value
from .exceptions import InvalidValueError, NeptuneCannotChangeStageManually, NereidError

if TYPE_CHECKING:
    from .run import Run

_time_ns = time.time_ns


class Handler(FileMethods):
    """A path in a run, a field or a namespace. Writes queue an operation; fetches ask the server."""

    __slots__ = ("_run", "_path")

    def __init__(self, run: "Run", path: str) -> None:
        self._run = run
        self._path = path

    def __repr__(self) -> str:
        return '<nereid field or namespace "%s" of %s>' % (self._path, self._run._describe())

    @property
    def path(self) -> str:
        return self._path

    def get_root_object(self) -> "Run":
        return self._run

    # -- namespaces ----------------------------------------------------------------------------

    def __getitem__(self, path: str) -> "Handler":
        return self._run[self._path + "/" + path]

    def __setitem__(self, path: str, value: Any) -> None:
        self._run[self._path + "/" + path].assign(value)

    def __delitem__(self, path: str) -> None:
        self._run.pop(self._path + "/" + path)

    def __contains__(self, path: Any) -> bool:
        """`"lr" in run["params"]`: whether ``params/lr`` exists."""
        return isinstance(path, str) and (self._path + "/" + path) in self._run

    def __iter__(self) -> Any:
        raise TypeError("A field or namespace is not iterable; fetch() a namespace to walk its fields.")

    def pop(self, path: Optional[str] = None, wait: bool = False) -> None:
        """Delete this field or namespace (or ``path`` inside it)."""
        self._run.pop(self._path if path is None else self._path + "/" + path, wait=wait)

    # -- atoms ---------------------------------------------------------------------------------

    def assign(self, value: Any, wait: bool = False) -> None:
        """Write an atom, or a dict of them as a namespace (nested dicts give nested namespaces)."""
        if _values.as_namespace(value) is not None:
            pairs: List[Any] = []
            _values.flatten(self._path, value, pairs)
            for path, item in pairs:
                self._run[path]._assign_atom(item)
        else:
            self._assign_atom(value)
        if wait:
            self._run.wait()

    def _assign_atom(self, value: Any) -> None:
        if value is None:
            self._run._reporter.once("none:" + self._path, "%s: None is not a value; nothing was written." % self._path)
            return
        if self._assign_file_value(value):
            return
        try:
            wire_type, wire_value = _values.atom(self._path, value)
        except _values.Unsupported as error:
            self._invalid(error)
            return
        self._run._put((ASSIGN, self._path, wire_type, wire_value))

    # -- series --------------------------------------------------------------------------------

    def append(
        self, value: Any = None, step: Any = None, timestamp: Any = None, wait: bool = False, **kwargs: Any
    ) -> None:
        """Add a point to a float or string series (a dict appends to each of its fields)."""
        t = type(value)
        if (t is float or t is int) and step is None and timestamp is None and not wait and not kwargs:
            self._run._put((APPEND_FLOAT, self._path, value, _time_ns()))
            return
        self._append(value, step, timestamp, wait, kwargs)

    def _append(self, value: Any, step: Any, timestamp: Any, wait: bool, kwargs: Dict[str, Any]) -> None:
        if is_file_value(value):
            self._append_file(value, step, timestamp, kwargs.pop("name", None), kwargs.pop("description", None))
            if wait:
                self._run.wait()
            return
        if kwargs:
            value = dict(kwargs) if value is None else dict(value, **kwargs)
        mapping = _values.as_namespace(value)
        if mapping is not None:
            for key, item in mapping.items():
                self[str(key)]._append(item, step, timestamp, False, {})
        else:
            self._append_point(value, step, timestamp)
        if wait:
            self._run.wait()

    def _append_point(self, value: Any, step: Any, timestamp: Any) -> None:
        path = self._path
        try:
            kind, value = _values.series_value(path, value)
            stamp = _time_ns() if timestamp is None else _values.timestamp_ns(path, timestamp)
            if step is not None:
                step = _values.check_step(path, step)
        except _values.Unsupported as error:
            self._invalid(error)
            return
        if step is None:
            self._run._put((APPEND_FLOAT if kind == "f" else APPEND_STRING, path, value, stamp))
        else:
            self._run._put((APPEND_FLOAT_STEP if kind == "f" else APPEND_STRING_STEP, path, value, stamp, step))

    def extend(self, values: Any, steps: Any = None, timestamps: Any = None, wait: bool = False, **kwargs: Any) -> None:
        """Append several points; ``steps`` and ``timestamps``, when given, pair with ``values``. Files take
        ``name`` and ``description`` too (one for all, or a list pairing with them)."""
        if isinstance(values, (list, tuple)) and values and is_file_value(values[0]):
            self._extend_files(values, steps, timestamps, kwargs.get("name"), kwargs.get("description"))
            if wait:
                self._run.wait()
            return
        if kwargs:
            values = dict(kwargs) if values is None else dict(values, **kwargs)
        mapping = _values.as_namespace(values)
        if mapping is not None:
            for key, items in mapping.items():
                self[str(key)].extend(items, steps, timestamps)
        else:
            try:
                values, steps, timestamps = _values.series_columns(self._path, values, steps, timestamps)
            except _values.Unsupported as error:
                self._invalid(error)
                return
            for value, step, stamp in zip(values, steps, timestamps):
                self._append_point(value, step, stamp)
        if wait:
            self._run.wait()

    def log(self, value: Any, step: Any = None, timestamp: Any = None, wait: bool = False, **kwargs: Any) -> None:
        """Neptune's older name: a list extends the series, anything else is appended."""
        if isinstance(value, (list, tuple)):
            self.extend(value, wait=wait)
        else:
            self.append(value, step=step, timestamp=timestamp, wait=wait, **kwargs)

    # -- string sets ---------------------------------------------------------------------------

    def _invalid(self, error: "_values.Unsupported") -> None:
        self._run._report(InvalidValueError(str(error), code="invalid_value", path=self._path))

    def add(self, values: Any, wait: bool = False) -> None:
        """Add one string or several to a string set such as sys/tags (creating it if needed)."""
        self._change_set(ADD_STRINGS, values, wait)

    def remove(self, values: Any, wait: bool = False) -> None:
        """Remove one string or several from a string set."""
        self._change_set(REMOVE_STRINGS, values, wait)

    def _change_set(self, op: int, values: Any, wait: bool) -> None:
        try:
            items = _values.string_items(self._path, values)
        except _values.Unsupported as error:
            self._invalid(error)
            return
        if items:
            self._put_and_wait((op, self._path, items), wait)

    def clear(self, wait: bool = False) -> None:
        self._put_and_wait((CLEAR_STRINGS, self._path), wait)

    def delete(self, wait: bool = False) -> None:
        self._put_and_wait((DELETE, self._path), wait)

    def _put_and_wait(self, item: tuple, wait: bool) -> None:
        self._run._put(item)
        if wait:
            self._run.wait()

    # -- reading -------------------------------------------------------------------------------

    def fetch(self) -> Any:
        """The value of an atom (a set for a string set), or a dict of the atoms in a namespace."""
        return self._run._fetch_path(self._path)

    def fetch_last(self) -> Any:
        """The last value of a series."""
        return self._run._fetch_last(self._path)

    def fetch_values(self, include_timestamp: bool = True, progress_bar: Any = None) -> Any:
        """Every point of a series: a pandas DataFrame (step, value, timestamp) when pandas is
        importable, else a list of SeriesPoint rows."""
        return self._run._fetch_values(self._path, include_timestamp)

    def exists(self) -> bool:
        return self._run.exists(self._path)



class BadPathHandler(Handler):
    """What an invalid path gives in async and offline modes: writes are dropped with one warning."""

    __slots__ = ("_error",)

    def __init__(self, run: "Run", path: str, error: NereidError) -> None:
        super().__init__(run, path)
        self._error = error

    def _drop(self, *args: Any, **kwargs: Any) -> None:
        self._run._report(self._error)

    assign = append = extend = add = remove = clear = delete = log = _drop  # type: ignore[assignment]
    upload = upload_files = track_files = _drop  # type: ignore[assignment]

    def __getitem__(self, path: str) -> "Handler":
        return self._run[str(self._path) + "/" + path]

    def fetch(self) -> Any:
        raise self._error

    fetch_last = fetch_values = download = download_last = fetch_extension = fetch_hash = fetch  # type: ignore
    fetch_files_list = fetch  # type: ignore[assignment]


class ProtectedHandler(Handler):
    """A sys field only a method of its object writes: sys/stage (ModelVersion.change_stage()). Writes raise at once
    in every mode, as Neptune's protected paths do; reading works as for any field."""

    __slots__ = ()
    PATHS = {"sys/stage": NeptuneCannotChangeStageManually}

    def _refuse(self, *args: Any, **kwargs: Any) -> None:
        raise self.PATHS[self._path](self._path)

    assign = append = extend = add = remove = clear = delete = log = pop = _refuse  # type: ignore[assignment]
    upload = upload_files = track_files = _refuse  # type: ignore[assignment]
    _assign_atom = _append = _refuse  # type: ignore[assignment]  (a dict assigned or appended to a namespace)
