"""How models and model versions open: created by their own routes (docs/api.md, "Models, model versions and
project metadata"), resumed by id, and refused at once, as Neptune does, when an id names nothing."""

from __future__ import annotations

import socket
from typing import Any, Dict, Optional
from urllib.parse import quote

from . import _config, _paths
from ._container import MetadataContainer
from ._http import ApiClient
from ._lookup import resolve_project
from ._simplebackends import ReadOnlyBackend
from .exceptions import NeptuneMissingRequiredInitParameter, NereidError

_GONE = ("unknown_run", "unknown_model", "unknown_model_version")
CALLBACKS = ("lag_callback", "lag_threshold", "no_progress_callback", "no_progress_threshold")


class ObjectContainer(MetadataContainer):
    """A model or model version: the run's machinery, opened through the object's routes."""

    _resolve_at_once = True
    _label = "object"  # as Neptune's messages name the kind: "Model", "Model version"
    _not_found: type = NereidError
    _callback = ""  # Neptune's function name, for its messages

    _parent = ""  # the argument that creates a new object: "key" (a model), "model" (a version)
    _read_only_error: type = NereidError  # what read-only mode without with_id raises
    _editable_sys = _paths.EDITABLE_SYS  # the sys fields the object's own methods write

    def _init_object(self, given: Dict[str, Any], create: Dict[str, Any]) -> None:
        """Open the object. ``given`` holds the __init__'s arguments (Neptune's, the same for models and versions
        but the parent's), ``create`` what the creating route takes besides the name."""
        for argument in ("with_id", "name", self._parent, "project", "mode"):  # Neptune's verify_type()
            if not isinstance(given[argument], (str, type(None))):
                raise TypeError("%s must be a str or NoneType (was %s)" % (argument, type(given[argument])))
        self._prepare(given["mode"])
        if self._mode == "offline":  # as Neptune: the disk queue of offline mode holds runs only
            raise NereidError("%s can't be initialized in OFFLINE mode" % type(self).__name__, code="invalid_mode")
        with_id, name = given["with_id"], given["name"]
        self._create = dict(create, with_id=with_id, name=name, hostname=socket.gethostname())
        if with_id is None and given[self._parent] is None:
            raise NeptuneMissingRequiredInitParameter(self._callback, self._parent)
        if with_id is None and self._mode == "read-only":
            raise self._read_only_error()
        self._encoder.editable_sys = self._editable_sys
        self._open(given["project"], given["api_token"], given["api_url"], given["flush_period"])
        if name is not None and with_id and self._mode != "read-only":
            self["sys/name"] = name  # as Neptune, which writes the name given to an existing object
        self._start(True, {callback: given["async_" + callback] for callback in CALLBACKS})

    def _existing(self, client: ApiClient, object_id: str, kind: str, not_found: type, label: str) -> Dict[str, Any]:
        """The object ``object_id`` as the server answers it; ``not_found`` when there is none of ``kind`` in the
        project (a run's id given to init_model, say)."""
        try:
            found = client.request("GET", "/runs/%s" % quote(object_id, safe=""))
        except NereidError as error:
            if error.code not in _GONE:
                raise
            found = None
        project = getattr(self, "_project", None)
        if found is None or found.get("kind") != kind or (project and found.get("project") != project):
            where = " in " + project if project else ""
            raise not_found("No existing %s was found at %s%s." % (label, object_id, where), code=not_found._code,
                            status=404)
        return found

    def _create_run(self, client: ApiClient, timeout: Optional[float] = None) -> Dict[str, Any]:
        with_id = self._create["with_id"]
        if not with_id:
            return self._create_new(client, timeout)
        self._create_route = "/runs/" + quote(with_id, safe="")  # the queue reads it by id (see _uploader.py)
        found = self._existing(client, with_id, self._kind, self._not_found, self._label)
        client.request("POST", "/runs/%s/ping" % quote(with_id, safe=""), timeout=timeout)  # a contact, as a resume
        return found

    def _create_new(self, client: ApiClient, timeout: Optional[float]) -> Dict[str, Any]:
        raise NotImplementedError

    def _open_read_only(self, project, api_token, api_url, flush_period) -> None:
        client = self._connect(api_token, api_url)
        named = _config.project_name(project, required=False)
        self._project = resolve_project(client, named) if named else None
        found = self._existing(client, self._create["with_id"], self._kind, self._not_found, self._label)
        self._run_id = found["id"]
        self._project = found.get("project")
        self._backend = ReadOnlyBackend(self._reporter, self._kind.replace("_", " "))

    def _debug_sys(self) -> Dict[str, Any]:
        return {"id": self._create["with_id"] or self._debug_id()}

    def _debug_id(self) -> str:
        """The id of a new debug object (no server numbers it)."""
        raise NotImplementedError

    def _on_exception(self, exc_type: Any, value: Any, tb: Any) -> None:
        """Only runs record tracebacks and sys/failed (Neptune's models and versions have no such job)."""
