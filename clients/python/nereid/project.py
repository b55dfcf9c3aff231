"""A project: init_project() opens one; fetch_runs_table() lists its runs."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Union

from . import _config
from ._http import ApiClient
from ._lookup import resolve_project
from ._uploader import project_route
from ._table import Table, TableEntry, sort_key
from .exceptions import NereidError

StrOrList = Union[None, str, Iterable[str]]


def _as_list(value: StrOrList) -> Optional[List[str]]:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return list(value)


class Project:
    """A project on the server, as Neptune's Project (reading its runs)."""

    def __init__(
        self,
        project: Optional[str] = None,
        *,
        api_token: Optional[str] = None,
        mode: str = "async",
        proxies: Any = None,
        api_url: Optional[str] = None,
    ) -> None:
        if mode not in ("async", "sync", "read-only", "debug", "offline"):
            raise NereidError("Unknown mode %r for a project." % mode, code="invalid_mode")
        self._mode = mode
        self._client = ApiClient(_config.api_url(api_url), _config.api_token(api_token))
        try:
            self._name = resolve_project(self._client, _config.project_name(project))
            self._info = self._client.request("GET", project_route(self._name))
        except BaseException:
            self._client.close()
            raise

    def __repr__(self) -> str:
        return "<nereid Project %s>" % self._name

    @property
    def name(self) -> str:
        return self._name

    def fetch(self) -> Dict[str, Any]:
        """The project's own data (name, key, description, run count, ...)."""
        self._info = self._client.request("GET", project_route(self._name))
        return dict(self._info)

    def __getitem__(self, key: str) -> Any:
        return self._info[key]

    def _list(self, trashed: bool, query: Optional[str], server_filters: Dict[str, Any]) -> List[Dict[str, Any]]:
        runs: List[Dict[str, Any]] = []
        offset = 0
        while True:
            params = dict(server_filters, trashed=trashed, limit=10000, offset=offset, query=query)
            page = self._client.request("GET", project_route(self._name) + "/runs", params=params)
            batch = page.get("runs") or []
            runs.extend(batch)
            offset += len(batch)
            if not batch or offset >= int(page.get("total", 0)):
                return runs

    def fetch_runs_table(
        self,
        *,
        query: Optional[str] = None,
        id: StrOrList = None,
        state: StrOrList = None,
        owner: StrOrList = None,
        tag: StrOrList = None,
        columns: Optional[Iterable[str]] = None,
        trashed: Optional[bool] = False,
        limit: Optional[int] = None,
        sort_by: str = "sys/creation_time",
        ascending: bool = False,
        progress_bar: Any = None,
    ) -> Table:
        """The project's runs, filtered and sorted.

        ``query`` is the run query language (`sys/tags CONTAINS "best" AND params/lr > 0.01`) and is
        evaluated by the server. The other filters are also sent to it, and applied here as well,
        so they hold with a server that does not know them yet. ``trashed=None`` lists both."""
        ids, states, owners, tags = _as_list(id), _as_list(state), _as_list(owner), _as_list(tag)
        for given in states or []:
            if given not in ("active", "inactive"):
                raise NereidError("state must be \"active\" or \"inactive\", not %r." % given, code="invalid_request")
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise NereidError("limit must be a non-negative integer, not %r." % (limit,), code="invalid_request")
        column_list = _as_list(columns)
        server_filters = {
            "sort_by": sort_by,
            "ascending": ascending,
            "state": ",".join(states) if states else None,
            "owner": ",".join(owners) if owners else None,
            "tag": ",".join(tags) if tags else None,
            "columns": ",".join(column_list) if column_list else None,
        }
        runs = []
        for flag in ((False, True) if trashed is None else (bool(trashed),)):
            runs.extend(self._list(flag, query, server_filters))
        selected = []
        for run in runs:
            sys = run.get("sys") or {}
            if ids is not None and run.get("id") not in ids:
                continue
            if states is not None and sys.get("state") not in states:
                continue
            if owners is not None and sys.get("owner") not in owners:
                continue
            if tags is not None and not set(tags) <= set(sys.get("tags") or []):
                continue
            selected.append(TableEntry(run, column_list))
        present = [e for e in selected if e.get_attribute_value(sort_by) is not None]
        missing = [e for e in selected if e.get_attribute_value(sort_by) is None]
        try:
            present.sort(key=lambda e: sort_key(e.get_attribute_value(sort_by)), reverse=not ascending)
        except TypeError:  # values of different types under one path: compare them as text
            present.sort(key=lambda e: str(e.get_attribute_value(sort_by)), reverse=not ascending)
        entries = present + missing  # runs without the field go last, as in Neptune
        if limit is not None:
            entries = entries[:limit]
        return Table(entries, column_list)

    def wait(self, disk_only: bool = False) -> None:
        pass

    def sync(self, wait: bool = True) -> None:
        self.fetch()

    def stop(self, seconds: Optional[float] = None) -> None:
        self._client.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def init_project(
    project: Optional[str] = None, *, api_token: Optional[str] = None, mode: str = "async", **kwargs: Any
) -> Project:
    return Project(project, api_token=api_token, mode=mode, **kwargs)
