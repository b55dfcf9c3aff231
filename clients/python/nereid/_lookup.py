"""Finding a project's full name and a run by its custom id on the server."""

from __future__ import annotations

from typing import Any, Dict, Optional

from ._http import ApiClient
from ._uploader import project_route
from .exceptions import UnknownRunError


def resolve_project(client: Optional[ApiClient], name: str) -> str:
    """``workspace/project``; a bare project name lies in the token user's workspace."""
    if "/" in name or client is None:
        return name
    user = client.request("GET", "/whoami")["user"]
    return "%s/%s" % (user, name)


def find_by_custom_id(client: ApiClient, project: str, custom_run_id: str) -> Dict[str, Any]:
    for trashed in (False, True):
        offset = 0
        while True:
            page = client.request(
                "GET", project_route(project) + "/runs", params={"trashed": trashed, "limit": 10000, "offset": offset}
            )
            for run in page.get("runs") or []:
                if (run.get("sys") or {}).get("custom_run_id") == custom_run_id:
                    return run
            offset += len(page.get("runs") or [])
            if not page.get("runs") or offset >= page.get("total", 0):
                break
    raise UnknownRunError(
        "Project %s has no run with the custom id %s." % (project, custom_run_id), code="unknown_run"
    )
