"""How a run reads its fields back: from the server, or from the in-process model in debug mode."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence
from urllib.parse import quote

from . import _binarypoints, _fetch
from .exceptions import FetchNotAvailableError, NereidConnectionError

WAIT_SECONDS = 10.0  # how long wait() and fetches retry a server they cannot reach


class RunReading:
    """The part of Run that fetches."""

    def _run_object(self) -> Dict[str, Any]:
        if self._local is not None:
            return self._local.run_object()
        if self._mode == "offline":
            raise FetchNotAvailableError(
                "Fetching needs the server, and offline runs do not talk to it: upload the run with "
                "`python -m nereid sync`, then open it with mode=\"read-only\".",
                code="offline",
            )
        if self._mode == "async" and not self._stopped:
            self._backend.wait(False, WAIT_SECONDS)
        if self._run_id is None:
            raise NereidConnectionError(
                "The run has not been created on the server yet (it could not be reached).", code="connection"
            )
        assert self._client is not None
        return self._client.request("GET", "/runs/%s" % quote(self._run_id, safe=""))

    def _fetch_path(self, path: str) -> Any:
        if path == "sys/id" and self._run_id is not None:
            return self._run_id
        return _fetch.fetch_path(self._run_object(), path)

    def _fetch_last(self, path: str) -> Any:
        return _fetch.fetch_last(self._run_object(), path)

    def _fetch_values(self, path: str, include_timestamp: bool) -> Any:
        run = self._run_object()
        field = (run.get("fields") or {}).get(path)
        _fetch.fetch_last(run, path)  # names a missing field or a field that is not a series
        floats = field.get("type") == "floatSeries"
        if self._local is not None:
            points = self._local.series(path)
        else:
            points = self._series_points(path, floats)
        return _fetch.rows(points, floats, include_timestamp)

    def _series_points(self, path: str, floats: bool) -> List[Sequence[Any]]:
        """Every point of the series, page by page: a float series in the binary form, unless the server is older
        than it and answers JSON."""
        assert self._client is not None and self._run_id is not None
        route = "/runs/%s/series" % quote(self._run_id, safe="")
        points: List[Sequence[Any]] = []
        start = None
        while True:
            params = {"path": path, "from": start, "limit": 100000}
            if not floats:
                page = self._client.request("GET", route, params=params)
            else:
                content_type, body = self._client.get_bytes(route, params, _binarypoints.ACCEPT)
                if content_type == _binarypoints.MEDIA_TYPE:
                    (steps, values, stamps), start = _binarypoints.decode(body, path)
                    points.extend(zip(steps, values, stamps))
                    if start is None:
                        return points
                    continue
                page = json.loads(body.decode("utf-8"))
            points.extend(page.get("points") or [])
            start = page.get("next")
            if start is None:
                return points

    def fetch(self) -> Dict[str, Any]:
        """Every atom of the run (sys included) as nested dicts."""
        return _fetch._nest(_fetch.atom_values(self._run_object()))

    def exists(self, path: str) -> bool:
        return _fetch.exists(self._run_object(), path)

    def get_structure(self) -> Dict[str, Any]:
        """The run's namespaces as nested dicts whose leaves are the field handlers."""
        return _fetch.structure(self._run_object(), self.__getitem__)

    def print_structure(self) -> None:
        def show(tree: Dict[str, Any], indent: int) -> None:
            for key, value in sorted(tree.items()):
                if isinstance(value, dict):
                    print("%s%s:" % ("    " * indent, key))
                    show(value, indent + 1)
                else:
                    print("%s%s" % ("    " * indent, key))

        show(self.get_structure(), 0)
