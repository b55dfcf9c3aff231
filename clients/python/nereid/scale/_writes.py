"""What a neptune-scale Run logs: configs, metrics, string series, tags and files, each written through the nereid
Run underneath (None in "disabled" mode, where everything is checked and nothing kept)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Optional

from ._checks import invalid_value, valid_path, verify_step, verify_type
from ._configs import COLLECTIONS, CONFIG_TYPES, as_mapping, cast_values, flatten_configs
from ._files import nereid_file
from .exceptions import NeptuneUnsupportedByNereid


class RunWrites:
    """The logging methods of nereid.scale.Run."""

    _run: Any

    def _target(self) -> Any:
        return self._run

    def log_configs(self, data: Any = None, flatten: bool = False, cast_unsupported: bool = False) -> None:
        """Single values (float, int, bool, str, datetime; a list, set or tuple of strings becomes a string set)."""
        if data is None:
            return
        data = as_mapping(data)
        if flatten:
            data = flatten_configs(data)
        if cast_unsupported:
            data = cast_values(data)
        run = self._target()
        for key, value in data.items():
            if not valid_path(key):
                continue
            if isinstance(value, COLLECTIONS) and all(isinstance(item, str) for item in value):
                value = set(value)
            elif not isinstance(value, CONFIG_TYPES):
                invalid_value("Config values must be float, bool, int, str, datetime, list, set or tuple "
                              "(got `%s`:`%s`)" % (key, value))
                continue
            if run is not None:
                run[key] = value

    def log_metrics(self, data: Dict[str, Any], step: Any = None, *, timestamp: Optional[datetime] = None,
                    preview: bool = False, preview_completion: Optional[float] = None) -> None:
        """A point of each float series in ``data`` at ``step`` (None: the series' previous step plus one)."""
        verify_step("step", step, optional=True)
        verify_type("metrics", data, dict)
        verify_type("timestamp", timestamp, (datetime, type(None)))
        verify_type("preview", preview, bool)
        verify_type("preview_completion", preview_completion, (float, type(None)))
        if not preview and preview_completion not in (None, 1.0):
            raise ValueError("preview_completion can only be specified for metric previews")
        if preview:
            raise NeptuneUnsupportedByNereid("Metric previews (preview=True)", "Log each step's final value once.")
        run = self._target()
        for key, value in data.items():
            if not valid_path(key):
                continue
            try:
                number = float(value)
            except (ValueError, TypeError, OverflowError):
                invalid_value("Metrics' values must be float or int (got `%s`:`%s`)" % (key, value))
                continue
            if run is not None:
                run[key].append(number, step=step, timestamp=timestamp)

    def log_string_series(self, data: Dict[str, str], step: Any, *, timestamp: Optional[datetime] = None) -> None:
        verify_step("step", step)
        verify_type("string_series", data, dict)
        verify_type("timestamp", timestamp, (datetime, type(None)))
        run = self._target()
        for key, value in data.items():
            if not valid_path(key):
                continue
            if not isinstance(value, str):
                invalid_value("String series values must be strings (got `%s`:`%s`)" % (key, value))
                continue
            if run is not None:
                run[key].append(value, step=step, timestamp=timestamp)

    def log_histograms(self, histograms: Dict[str, Any], step: Any, *, timestamp: Optional[datetime] = None) -> None:
        verify_step("step", step)
        verify_type("histograms", histograms, dict)
        raise NeptuneUnsupportedByNereid("log_histograms()", "Log the counts as metrics or a file instead.")

    def add_tags(self, tags: Any, group_tags: bool = False) -> None:
        self._change_tags("add", "sys/group_tags" if group_tags else "sys/tags", tags)

    def remove_tags(self, tags: Any, group_tags: bool = False) -> None:
        self._change_tags("remove", "sys/group_tags" if group_tags else "sys/tags", tags)

    def _change_tags(self, change: str, path: str, tags: Any) -> None:
        if not isinstance(tags, COLLECTIONS) or not all(isinstance(tag, str) for tag in tags):
            invalid_value("Tags must be a list, set or tuple of strings (got `%s`:`%s`)" % (path, tags))
            return
        run = self._target()
        if run is not None and tags:
            getattr(run[path], change)(list(tags))

    def assign_files(self, files: Dict[str, Any]) -> None:
        """Files (a path, bytes, or a File) as file fields; what was there is replaced."""
        verify_type("files", files, dict)
        self._files(files, None, None)

    def log_files(self, files: Dict[str, Any], step: Any, *, timestamp: Optional[datetime] = None) -> None:
        """A file of each file series in ``files`` at ``step``."""
        verify_step("step", step)
        verify_type("file_series", files, dict)
        verify_type("timestamp", timestamp, (datetime, type(None)))
        self._files(files, step, timestamp)

    def _files(self, files: Dict[str, Any], step: Any, timestamp: Optional[datetime]) -> None:
        run = self._target()
        for key, value in files.items():
            if not valid_path(key):
                continue
            file = nereid_file(key, value)
            if file is None or run is None:
                continue
            if step is None:
                run[key].upload(file)
            else:
                run[key].append(file, step=step, timestamp=timestamp)

    def log(self, step: Any = None, timestamp: Optional[datetime] = None, configs: Any = None, metrics: Any = None,
            tags_add: Any = None, tags_remove: Any = None) -> None:
        """neptune-scale's older all-in-one call, kept for scripts written against its first releases."""
        for name, value in (("configs", configs), ("metrics", metrics), ("tags_add", tags_add),
                            ("tags_remove", tags_remove)):
            verify_type(name, value, (dict, type(None)))
        self.log_configs(configs)
        if metrics is not None:
            self.log_metrics(metrics, step, timestamp=timestamp)
        for path, tags in (tags_add or {}).items():
            self._change_tags("add", path, tags)
        for path, tags in (tags_remove or {}).items():
            self._change_tags("remove", path, tags)
