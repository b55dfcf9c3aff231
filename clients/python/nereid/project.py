"""A project: init_project() opens one; fetch_runs_table() and fetch_models_table() list its runs and models, and
`project["general/brief"]` reaches its own fields as a run's."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional

from . import _config
from ._http import ApiClient
from ._listing import StrOrList, as_list, check_limit, fetch_table
from ._lookup import resolve_project
from ._projectmetadata import ProjectMetadata
from ._table import Table
from ._uploader import project_route
from .exceptions import NereidError


class Project:
    """A project on the server, as Neptune's Project: its runs and models tables, and its own fields
    (`project["general/brief"] = "..."`), written and read as a run's in the same modes (offline has none)."""

    def __init__(
        self,
        project: Optional[str] = None,
        *,
        api_token: Optional[str] = None,
        mode: Optional[str] = None,
        proxies: Any = None,
        api_url: Optional[str] = None,
        flush_period: float = 5,
        async_lag_callback: Any = None,
        async_lag_threshold: float = 1800.0,
        async_no_progress_callback: Any = None,
        async_no_progress_threshold: float = 300.0,
    ) -> None:
        self._mode = _config.mode(mode)
        if self._mode == "offline":  # Neptune's refusal: a project's tables need the server
            raise NereidError("Project can't be initialized in OFFLINE mode", code="invalid_mode")
        self._client = ApiClient(_config.api_url(api_url), _config.api_token(api_token))
        try:
            self._name = resolve_project(self._client, _config.project_name(project))
            self._info = self._client.request("GET", project_route(self._name))
            callbacks = dict(lag_callback=async_lag_callback, lag_threshold=async_lag_threshold,
                             no_progress_callback=async_no_progress_callback,
                             no_progress_threshold=async_no_progress_threshold)
            settings = dict(api_token=api_token, api_url=api_url, flush_period=flush_period, callbacks=callbacks)
            self._metadata = ProjectMetadata(self._name, self._info["key"], self._mode, settings)
        except BaseException:
            self._client.close()
            raise

    def __repr__(self) -> str:
        return "<nereid Project %s>" % self._name

    @property
    def name(self) -> str:
        return self._name

    def fetch_info(self) -> Dict[str, Any]:
        """The project as the server describes it (name, key, description, run count, ...); nereid's own."""
        self._info = self._client.request("GET", project_route(self._name))
        return dict(self._info)

    # -- the project's fields, as a run's ---------------------------------------------------------

    def __getitem__(self, path: str) -> Any:
        return self._metadata[path]

    def __setitem__(self, path: str, value: Any) -> None:
        self._metadata[path] = value

    def __delitem__(self, path: str) -> None:
        del self._metadata[path]

    def __contains__(self, path: Any) -> bool:
        return path in self._metadata

    def __iter__(self) -> Any:
        # Without it, `in` and `for` would call project[0], project[1], ...
        raise TypeError("A project is not iterable; use fetch(), get_structure() or fetch_runs_table().")

    def assign(self, value: Any, wait: bool = False) -> None:
        self._metadata.assign(value, wait=wait)

    def pop(self, path: str, wait: bool = False) -> None:
        self._metadata.pop(path, wait=wait)

    def fetch(self) -> Dict[str, Any]:
        """Every atom of the project's fields (sys included) as nested dicts."""
        return self._metadata.fetch()

    def exists(self, path: str) -> bool:
        return self._metadata.exists(path)

    def get_structure(self) -> Dict[str, Any]:
        return self._metadata.get_structure()

    def print_structure(self) -> None:
        self._metadata.print_structure()

    def get_state(self) -> str:
        return self._metadata.get_state()

    def get_url(self) -> str:
        return "%s/api/v1%s" % (self._client.url, project_route(self._name))

    # -- tables ----------------------------------------------------------------------------------

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
        ids, owners = as_list(id), as_list(owner)
        states = [s.lower() if isinstance(s, str) else s for s in as_list(state) or []] or None  # "Active" too
        for given in states or []:
            if given not in ("active", "inactive"):
                raise NereidError("state must be \"active\" or \"inactive\", not %r." % given, code="invalid_request")
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
            raise NereidError("limit must be a non-negative integer, not %r." % (limit,), code="invalid_request")
        params = {
            "query": query,
            "sort_by": sort_by,
            "ascending": ascending,
            "state": states[0] if states and len(set(states)) == 1 else None,
            "owner": owners[0] if owners and len(owners) == 1 else None,
            "tag": as_list(tag),
        }
        keep = None
        if ids is not None or (owners is not None and len(owners) > 1):
            def keep(run: Dict[str, Any]) -> bool:
                return (ids is None or run.get("id") in ids) and (owners is None or run["sys"].get("owner") in owners)
        return fetch_table(self._client, project_route(self._name) + "/runs", params, columns, trashed, limit, keep)

    def fetch_models_table(
        self,
        *,
        query: Optional[str] = None,
        columns: Optional[Iterable[str]] = None,
        trashed: Optional[bool] = False,
        limit: Optional[int] = None,
        sort_by: str = "sys/creation_time",
        ascending: bool = False,
        progress_bar: Any = None,
    ) -> Table:
        """The project's models (query, columns, trashed and sorting as fetch_runs_table's)."""
        check_limit(limit)
        params = {"query": query, "sort_by": sort_by, "ascending": ascending}
        return fetch_table(self._client, project_route(self._name) + "/models", params, columns, trashed, limit)

    # -- waiting and stopping --------------------------------------------------------------------

    def wait(self, disk_only: bool = False) -> None:
        self._metadata.wait(disk_only)

    def sync(self, wait: bool = True) -> None:
        self._metadata.sync(wait)

    def stop(self, seconds: Optional[float] = None) -> None:
        self._metadata.stop(seconds)
        self._client.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def init_project(project: Optional[str] = None, *, api_token: Optional[str] = None, mode: Optional[str] = None,
                 **kwargs: Any) -> Project:
    return Project(project, api_token=api_token, mode=mode, **kwargs)
