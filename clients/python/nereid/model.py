"""A model of the model registry: init_model() creates one by its key or opens one by id ("CLS-MOD"); its fields
work as a run's, and fetch_model_versions_table() lists its versions."""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Optional
from urllib.parse import quote

from ._listing import check_limit, fetch_table
from ._objectopen import ObjectContainer
from ._table import Table
from ._uploader import project_route
from .exceptions import (
    InactiveModelError,
    NeedExistingModelForReadOnlyMode,
    NeptuneModelKeyAlreadyExistsError,
    UnknownModelError,
)


class Model(ObjectContainer):
    """A model, as Neptune's Model: `model["..."]` fields like a run's, in the async, sync, read-only and debug
    modes (offline raises). It records no output, hardware or source code; it pings while open."""

    _kind = "model"
    _label = "Model"
    _not_found = UnknownModelError
    _inactive_error = InactiveModelError
    _parent, _callback, _read_only_error = "key", "init_model", NeedExistingModelForReadOnlyMode

    def __init__(
        self,
        with_id: Optional[str] = None,
        *,
        name: Optional[str] = None,
        key: Optional[str] = None,
        project: Optional[str] = None,
        api_token: Optional[str] = None,
        mode: Optional[str] = None,
        flush_period: float = 5,
        proxies: Any = None,
        async_lag_callback: Optional[Callable[["Model"], None]] = None,
        async_lag_threshold: float = 1800.0,
        async_no_progress_callback: Optional[Callable[["Model"], None]] = None,
        async_no_progress_threshold: float = 300.0,
        api_url: Optional[str] = None,
    ) -> None:
        self._init_object(locals(), {"key": key})

    def _create_new(self, client: Any, timeout: Optional[float]) -> Dict[str, Any]:
        """POST .../models; the server resumes a model whose key the project has (200), which Neptune refuses."""
        self._create_route = project_route(self._project) + "/models"
        status, model = client.request("POST", self._create_route, self._create_body(), timeout=timeout,
                                       with_status=True)
        if status != 201:
            raise NeptuneModelKeyAlreadyExistsError(self._create["key"], "%s/api/v1%s" % (client.url,
                                                                                         self._create_route))
        return model

    def _debug_id(self) -> str:
        return "DEBUG-" + self._create["key"]

    def fetch_model_versions_table(
        self,
        *,
        query: Optional[str] = None,
        columns: Optional[Iterable[str]] = None,
        limit: Optional[int] = None,
        sort_by: str = "sys/creation_time",
        ascending: bool = False,
        progress_bar: Any = None,
    ) -> Table:
        """The model's versions, newest first unless sorted otherwise (the query language and columns of
        fetch_runs_table). A debug model has none."""
        check_limit(limit)
        if self._local is not None:
            return Table([], None if columns is None else list(columns))
        route = "/models/%s/versions" % quote(self._run_id or "", safe="")
        params = {"query": query, "sort_by": sort_by, "ascending": ascending}
        return fetch_table(self._client, route, params, columns, False, limit)


init_model = Model  # as Neptune: init_model(...) is Model(...)
