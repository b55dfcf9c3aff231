"""Projects, as Neptune's management API has them."""

from __future__ import annotations

import enum
from typing import Any, List, Optional

from . import _config
from ._http import ApiClient


class ProjectVisibility(str, enum.Enum):
    PRIVATE = "priv"
    PUBLIC = "pub"
    WORKSPACE = "workspace"


def _client(api_token: Optional[str], api_url: Optional[str]) -> ApiClient:
    return ApiClient(_config.api_url(api_url), _config.api_token(api_token))


def create_project(
    name: str,
    key: Optional[str] = None,
    workspace: Optional[str] = None,
    visibility: Any = ProjectVisibility.PRIVATE,
    description: Optional[str] = None,
    *,
    api_token: Optional[str] = None,
    api_url: Optional[str] = None,
) -> str:
    """Create a project and return its full name (``workspace/project``).

    ``name`` is "workspace/project", or "project" with ``workspace`` given (default: the token's user).
    Without ``key`` the server derives one. ``visibility`` is accepted for Neptune's sake; every
    project on a nereid server is visible to its users."""
    client = _client(api_token, api_url)
    try:
        if "/" not in name:
            workspace = workspace or client.request("GET", "/whoami")["user"]
            name = "%s/%s" % (workspace, name)
        body = {"name": name}
        if key is not None:
            body["key"] = key
        if description is not None:
            body["description"] = description
        return client.request("POST", "/projects", body)["name"]
    finally:
        client.close()


def get_project_list(*, api_token: Optional[str] = None, api_url: Optional[str] = None) -> List[str]:
    """The full names of the server's projects."""
    client = _client(api_token, api_url)
    try:
        return [p["name"] for p in client.request("GET", "/projects").get("projects") or []]
    finally:
        client.close()


def get_project(name: str, *, api_token: Optional[str] = None, api_url: Optional[str] = None) -> dict:
    """The project object (name, key, description, run_count, ...)."""
    from ._uploader import project_route

    client = _client(api_token, api_url)
    try:
        return client.request("GET", project_route(name))
    finally:
        client.close()
