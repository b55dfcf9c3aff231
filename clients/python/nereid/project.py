"""A project: init_project() opens one; fetch_runs_table() lists its runs."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Union

from . import _config
from ._http import ApiClient
from ._lookup import resolve_project
from ._uploader import project_route
from ._table import Table, TableEntry, merge_order
from .exceptions import NereidError

StrOrList = Union[None, str, Iterable[str]]
PAGE_SIZE = 10000  # the most runs the server lists at a time


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
        flush_period: float = 5,
        async_lag_callback: Any = None,
        async_lag_threshold: float = 1800.0,
        async_no_progress_callback: Any = None,
        async_no_progress_threshold: float = 300.0,
    ) -> None:
        # Neptune's init_project() takes the queue's settings too; a project here only reads, so nothing can lag.
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

    def exists(self, key: str) -> bool:
        """Whether the project has this entry (as fetch() lists them), asked of the server."""
        return key in self.fetch()

    def __contains__(self, key: Any) -> bool:
        return isinstance(key, str) and self.exists(key)

    def __iter__(self) -> Any:
        # Without it, `in` and `for` would call project[0], project[1], ...
        raise TypeError("A project is not iterable; use fetch() or fetch_runs_table().")

    def _list(self, params: Dict[str, Any], wanted: Optional[int]) -> List[Dict[str, Any]]:
        """The runs the server lists for ``params``, page by page, at most ``wanted`` (None: all).

        Each page starts after the last run of the one before (its next_page_token), so runs logged meanwhile
        neither repeat nor push runs out of the pages, as counting an offset did."""
        runs: List[Dict[str, Any]] = []
        token = None
        while wanted is None or len(runs) < wanted:
            page_size = PAGE_SIZE if wanted is None else min(PAGE_SIZE, wanted - len(runs))
            where = {"page_token": token} if token else {"offset": len(runs)}
            page = self._client.request(
                "GET", project_route(self._name) + "/runs", params=dict(params, limit=page_size, **where)
            )
            batch = page.get("runs") or []
            runs.extend(batch)
            if "next_page_token" in page:
                token = page["next_page_token"]
                if not batch or not token:
                    break
            elif not batch or len(runs) >= int(page.get("total", 0)):
                break  # a server from before page tokens: offsets
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
        """The project's runs, filtered and sorted by the server.

        ``query`` is the run query language (`sys/tags CONTAINS "best" AND params/lr > 0.01`); ``state``,
        ``owner`` and ``tag`` (a run must have every tag given) narrow it further. ``columns`` names the
        fields to fetch besides sys (default: all). Runs by ``id``, and several owners, are picked here.
        ``trashed=None`` lists trashed and other runs together."""
        ids, owners = _as_list(id), _as_list(owner)
        states = [s.lower() if isinstance(s, str) else s for s in _as_list(state) or []] or None  # "Active" too
        for given in states or []:
            if given not in ("active", "inactive"):
                raise NereidError("state must be \"active\" or \"inactive\", not %r." % given, code="invalid_request")
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
            raise NereidError("limit must be a non-negative integer, not %r." % (limit,), code="invalid_request")
        column_list = _as_list(columns)
        params = {
            "query": query,
            "sort_by": sort_by,
            "ascending": ascending,
            "state": states[0] if states and len(set(states)) == 1 else None,
            "owner": owners[0] if owners and len(owners) == 1 else None,
            "tag": _as_list(tag),
            "columns": None if column_list is None else ",".join(column_list),
        }
        picked_here = ids is not None or (owners is not None and len(owners) > 1)
        runs: List[Dict[str, Any]] = []
        for flag in (False, True) if trashed is None else (bool(trashed),):
            runs.extend(self._list(dict(params, trashed=flag), None if picked_here else limit))
        entries = [
            TableEntry(run, column_list)
            for run in runs
            if (ids is None or run.get("id") in ids) and (owners is None or run["sys"].get("owner") in owners)
        ]
        if trashed is None:
            entries = merge_order(entries, sort_by, ascending)
        return Table(entries if limit is None else entries[:limit], column_list)

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
