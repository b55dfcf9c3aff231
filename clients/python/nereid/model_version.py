"""A version of a model: init_model_version(model="CLS-MOD") creates the next one ("CLS-MOD-3"), with_id opens one;
its fields work as a run's, and change_stage() moves it through none, staging, production and archived."""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional
from urllib.parse import quote

from . import _paths
from ._encoder import ASSIGN
from ._objectopen import ObjectContainer
from .exceptions import (
    InactiveModelVersionError,
    NeedExistingModelVersionForReadOnlyMode,
    UnknownModelError,
    UnknownModelVersionError,
)
from .types import ModelVersionStage


class ModelVersion(ObjectContainer):
    """A model version, as Neptune's ModelVersion: `model_version["..."]` fields like a run's, in the async, sync,
    read-only and debug modes (offline raises). sys/model_id names its model; sys/stage changes only through
    change_stage()."""

    _kind = "model_version"
    _label = "Model version"
    _not_found = UnknownModelVersionError
    _inactive_error = InactiveModelVersionError
    _parent, _callback, _read_only_error = "model", "init_model_version", NeedExistingModelVersionForReadOnlyMode
    _editable_sys = dict(_paths.EDITABLE_SYS, **{"sys/stage": "string"})  # change_stage()

    def __init__(
        self,
        with_id: Optional[str] = None,
        *,
        name: Optional[str] = None,
        model: Optional[str] = None,
        project: Optional[str] = None,
        api_token: Optional[str] = None,
        mode: Optional[str] = None,
        flush_period: float = 5,
        proxies: Any = None,
        async_lag_callback: Optional[Callable[["ModelVersion"], None]] = None,
        async_lag_threshold: float = 1800.0,
        async_no_progress_callback: Optional[Callable[["ModelVersion"], None]] = None,
        async_no_progress_threshold: float = 300.0,
        api_url: Optional[str] = None,
    ) -> None:
        self._model = model
        self._init_object(locals(), {})

    def _create_new(self, client: Any, timeout: Optional[float]) -> Dict[str, Any]:
        """The model's next version: the model must be one of the project's (Neptune looks it up there)."""
        model = self._existing(client, self._model, "model", UnknownModelError, "Model")
        self._create_route = "/models/%s/versions" % quote(model["id"], safe="")
        return client.request("POST", self._create_route, self._create_body(), timeout=timeout)

    _debug_versions: Dict[str, int] = {}

    def _debug_sys(self) -> Dict[str, Any]:
        model = self._model or (self._create["with_id"] or "DEBUG-MOD").rpartition("-")[0]
        number = self._debug_versions[model] = self._debug_versions.get(model, 0) + 1
        return {"id": self._create["with_id"] or "%s-%d" % (model, number), "model_id": model, "stage": "none"}

    def change_stage(self, stage: str) -> None:
        """Move the version to ``stage``: "none", "staging", "production" or "archived" (anything else raises
        ValueError, as Neptune's ModelVersionStage does). Waits for what was logged before, then for the change."""
        value = ModelVersionStage(stage).value
        self.wait()
        self._put((ASSIGN, "sys/stage", "string", value))
        self.wait()


init_model_version = ModelVersion  # as Neptune: init_model_version(...) is ModelVersion(...)
