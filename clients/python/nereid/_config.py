"""Settings from arguments and the environment (NEREID_* first, NEPTUNE_* as fallbacks)."""

from __future__ import annotations

import os
from typing import Optional

from .exceptions import MissingApiTokenError, MissingProjectError, NereidError, UnauthorizedError

DEFAULT_API_URL = "http://127.0.0.1:8765"
ANONYMOUS_API_TOKEN = "ANONYMOUS"  # Neptune 1.x's value of neptune.ANONYMOUS_API_TOKEN
MODES = ("async", "sync", "offline", "read-only", "debug")


def env(name: str) -> Optional[str]:
    """NEREID_<name>, else NEPTUNE_<name>; empty values count as unset."""
    for prefix in ("NEREID_", "NEPTUNE_"):
        value = os.environ.get(prefix + name)
        if value:
            return value
    return None


def api_url(given: Optional[str] = None) -> str:
    """The server's base URL (scheme, host, port), whatever of /api/v1 the user wrote after it."""
    url = (given or env("API_URL") or DEFAULT_API_URL).strip().rstrip("/")
    if url.endswith("/api/v1"):
        url = url[: -len("/api/v1")]
    if "://" not in url:
        url = "http://" + url
    if not url.startswith(("http://", "https://")):
        raise NereidError("The API URL %r is neither http:// nor https://." % url, code="invalid_url")
    return url


def api_token(given: Optional[str] = None, required: bool = True) -> Optional[str]:
    token = given or env("API_TOKEN")
    if not token and required:
        raise MissingApiTokenError(
            "No API token: pass api_token= or set NEREID_API_TOKEN (the server writes its first token to "
            "<data folder>/token).",
            code="missing_token",
        )
    if token and token.strip() == ANONYMOUS_API_TOKEN:
        # Neptune maps it to its public demo account; a nereid-server has no anonymous user to map it to.
        raise UnauthorizedError(
            "The anonymous API token (ANONYMOUS_API_TOKEN) opens Neptune's public demo account; a nereid-server has "
            "no anonymous access. Use one of its tokens: the first is in <data folder>/token, "
            "`nereid-server token create` makes more.",
            code="anonymous_token",
        )
    return token.strip() if token else token


def project_name(given: Optional[str] = None, required: bool = True) -> Optional[str]:
    name = given or env("PROJECT")
    if not name and required:
        raise MissingProjectError(
            "No project: pass project=\"workspace/project\" or set NEREID_PROJECT.", code="missing_project"
        )
    return name


def mode(given: Optional[str] = None) -> str:
    value = (given or env("MODE") or "async").strip().lower()
    if value == "readonly":
        value = "read-only"
    if value not in MODES:
        raise NereidError(
            "Unknown mode %r; use one of %s." % (value, ", ".join(MODES)), code="invalid_mode"
        )
    return value


def data_directory() -> str:
    """Where the disk queue lives: NEREID_DATA_DIRECTORY, else .nereid in the working directory."""
    return os.path.abspath(env("DATA_DIRECTORY") or ".nereid")
