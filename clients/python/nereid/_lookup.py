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


def quote_query_string(text: str) -> str:
    """``text`` as a string of the run query language."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def find_by_custom_id(client: ApiClient, project: str, custom_run_id: str) -> Dict[str, Any]:
    """The run of ``project`` with this custom id, in the trash or not."""
    query = "sys/custom_run_id = " + quote_query_string(custom_run_id)
    for trashed in (False, True):
        params = {"query": query, "trashed": trashed, "limit": 1}
        runs = client.request("GET", project_route(project) + "/runs", params=params).get("runs") or []
        if runs:
            return runs[0]
    raise UnknownRunError(
        "Project %s has no run with the custom id %s." % (project, custom_run_id), code="unknown_run"
    )
