"""A small JSON client for the nereid-server API over one kept-alive connection."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import ssl
import threading
import urllib.parse
from typing import Any, Dict, Optional, Tuple, Union

from . import __version__
from .exceptions import NereidConnectionError, NereidError, UntrustedCertificateError, error_class, server_message

DEFAULT_TIMEOUT = 30.0
CA_BUNDLE = "NEREID_CA_BUNDLE"
_BLOCK = 1 << 20  # bytes per send() of a streamed file body (http.client's default of 8 KiB is slow)


class ApiClient:
    """Requests to one server with one token. Thread-safe: requests take turns on the connection."""

    def __init__(self, url: str, token: Optional[str], timeout: float = DEFAULT_TIMEOUT) -> None:
        self.url = url
        self.token = token
        self.timeout = timeout
        parts = urllib.parse.urlsplit(url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or (443 if self._https else 80)
        self._prefix = parts.path.rstrip("/") + "/api/v1"
        self._conn: Optional[http.client.HTTPConnection] = None
        self._lock = threading.Lock()

    def copy(self) -> "ApiClient":
        """A client of the same server and token on a connection of its own."""
        return ApiClient(self.url, self.token, self.timeout)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._https:
                self._conn = http.client.HTTPSConnection(
                    self._host, self._port, timeout=self.timeout, context=tls_context(), blocksize=_BLOCK
                )
            else:
                self._conn = http.client.HTTPConnection(self._host, self._port, timeout=self.timeout, blocksize=_BLOCK)
        return self._conn

    def request(
        self,
        method: str,
        route: str,
        body: Union[None, bytes, Dict[str, Any]] = None,
        params: Optional[Dict[str, Any]] = None,
        timeout: Optional[float] = None,
        with_status: bool = False,
    ) -> Any:
        """The decoded JSON answer of a 2xx (with ``with_status``: the status and the answer, to tell a 201
        Created from a 200); NereidError (with the server's code) otherwise."""
        data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode("utf-8")
        headers = self._headers("application/json")
        if data is not None:
            headers["Content-Type"] = "application/json"
        with self._lock:
            status, raw, _ = self._send(method, self._target(route, params), data, headers, timeout)
        answer = _answer(method, route, status, raw)
        return (status, answer) if with_status else answer

    def get_bytes(self, route: str, params: Optional[Dict[str, Any]], accept: str) -> Tuple[str, bytes]:
        """A GET's answer unread, as (content type without parameters, body), for answers that need not be JSON
        (binary series points); errors raise as in request()."""
        target, headers = self._target(route, params), self._headers(accept)
        with self._lock:
            status, raw, content_type = self._send("GET", target, None, headers, None)
        if not 200 <= status < 300:
            _answer("GET", route, status, raw)
        return content_type.split(";")[0].strip().lower(), raw

    def put_blob(self, route: str, source: Union[str, bytes], timeout: float = 600.0) -> Any:
        """PUT a blob's bytes: ``source`` is bytes or a file's path, streamed from disk with its
        Content-Length (never read whole into memory)."""
        headers = self._headers("application/json")
        headers["Content-Type"] = "application/octet-stream"
        with contextlib.ExitStack() as stack:
            if isinstance(source, bytes):
                data: Any = source
                headers["Content-Length"] = str(len(source))
            else:
                data = stack.enter_context(open(source, "rb"))
                headers["Content-Length"] = str(os.fstat(data.fileno()).st_size)
            with self._lock:
                status, raw = self._put_early_answer(self._target(route, None), data, headers, timeout)
                if status is None:
                    status, raw, _ = self._send("PUT", self._target(route, None), data, headers, timeout)
        return _answer("PUT", route, status, raw)

    def _put_early_answer(self, target, data, headers, timeout) -> Tuple[Optional[int], bytes]:
        """Send a PUT once. A server refusing it from its headers (413 file_too_large) may answer and close
        before the body is sent: the send then breaks, and its answer is read rather than taken for a
        connection problem. (None, b"") when no answer came; _send() then tries again on a new connection."""
        conn = self._connection()
        try:
            conn.timeout = timeout or self.timeout
            if conn.sock is not None:
                conn.sock.settimeout(conn.timeout)
            try:
                conn.request("PUT", target, body=data, headers=headers)
            except (BrokenPipeError, ConnectionResetError):
                pass  # an early answer may be waiting
            response = conn.getresponse()
            raw = response.read()
            if response.getheader("Connection", "").lower() == "close" or response.status >= 400:
                conn.close()
                self._conn = None
            return response.status, raw
        except (OSError, http.client.HTTPException):
            conn.close()
            self._conn = None
            return None, b""

    def download(self, route: str, file: Any, offset: int, etag: Optional[str], timeout: Optional[float] = None) -> None:
        """GET a blob into ``file`` (opened "r+b" or "wb"), from byte ``offset`` when it already holds
        that much of the blob whose tag is ``etag`` (Range with If-Range: a changed blob comes whole)."""
        headers = self._headers("application/octet-stream")
        if offset > 0 and etag:
            headers["Range"] = "bytes=%d-" % offset
            headers["If-Range"] = etag
        target = self._target(route, None)
        with self._lock:
            conn = self._connection()
            try:
                conn.timeout = timeout or self.timeout
                if conn.sock is not None:
                    conn.sock.settimeout(conn.timeout)
                conn.request("GET", target, headers=headers)
                response = conn.getresponse()
                if response.status not in (200, 206):
                    raw = response.read()
                    _answer("GET", route, response.status, raw)
                    raise NereidError("The server answered GET %s with status %d." % (route, response.status),
                                      status=response.status)
                file.seek(offset if response.status == 206 else 0)
                file.truncate()
                while True:
                    block = response.read(1 << 20)
                    if not block:
                        break
                    file.write(block)
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    self._conn = None
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                self._conn = None
                raise NereidConnectionError(
                    "The download from the server at %s broke off: %s." % (self.url, error or type(error).__name__),
                    code="connection",
                ) from error

    def _target(self, route: str, params: Optional[Dict[str, Any]]) -> str:
        target = self._prefix + route
        if params:
            query = {k: _param(v) for k, v in params.items() if v is not None}
            if query:
                target += "?" + urllib.parse.urlencode(query, doseq=True)
        return target

    def _headers(self, accept: str) -> Dict[str, str]:
        headers = {"Accept": accept, "User-Agent": "nereid-python/" + __version__}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        return headers

    def _send(self, method, target, data, headers, timeout):
        # A kept-alive connection may have been closed by the server; one retry on a fresh one is safe
        # because the first attempt failed before any answer arrived.
        for attempt in (0, 1):
            conn = self._connection()
            try:
                conn.timeout = timeout or self.timeout
                if conn.sock is not None:
                    conn.sock.settimeout(conn.timeout)
                if hasattr(data, "seek"):
                    data.seek(0)  # a file body is sent again from its start on the retry
                conn.request(method, target, body=data, headers=headers)
                response = conn.getresponse()
                raw = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    self._conn = None
                return response.status, raw, response.getheader("Content-Type", "")
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as error:
                conn.close()
                self._conn = None
                if attempt == 1:
                    raise NereidConnectionError(
                        "The server at %s closed the connection (%s)." % (self.url, error), code="connection"
                    ) from error
            except ssl.SSLCertVerificationError as error:
                conn.close()
                self._conn = None
                raise _untrusted(self.url, error) from error
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                self._conn = None
                reason = "timed out" if isinstance(error, socket.timeout) else str(error) or type(error).__name__
                raise NereidConnectionError(
                    "Cannot reach the nereid server at %s: %s." % (self.url, reason), code="connection"
                ) from error
        raise AssertionError("unreachable")


def tls_context() -> ssl.SSLContext:
    """The CAs of NEREID_CA_BUNDLE (a PEM file) when it is set, else the system's, for https servers."""
    bundle = os.environ.get(CA_BUNDLE)
    if not bundle:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cafile=bundle)
    except (OSError, ssl.SSLError) as error:
        raise NereidError(
            "%s=%s cannot be used as a CA bundle (%s): it must be a readable PEM file of certificates."
            % (CA_BUNDLE, bundle, getattr(error, "strerror", None) or error),
            code="invalid_ca_bundle",
        ) from error


def _untrusted(url: str, error: ssl.SSLCertVerificationError) -> NereidError:
    reason = error.verify_message or str(error)
    bundle = os.environ.get(CA_BUNDLE)
    if bundle:
        advice = "%s=%s does not hold its certificate or the CA that signed it." % (CA_BUNDLE, bundle)
    else:
        advice = (
            "If the server uses its own or a private CA's certificate, set %s to a PEM file holding it." % CA_BUNDLE
        )
    return UntrustedCertificateError(
        "The certificate of the server at %s is not trusted (%s). %s" % (url, reason, advice),
        code="untrusted_certificate",
    )


def _param(value: Any) -> Any:
    """A query parameter's text; a list repeats the parameter (tag=a&tag=b)."""
    if isinstance(value, list):
        return [_param(item) for item in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _answer(method: str, route: str, status: int, raw: bytes) -> Any:
    try:
        body = json.loads(raw.decode("utf-8")) if raw else None
    except ValueError:
        body = None
    if 200 <= status < 300:
        return body
    if isinstance(body, dict) and "error" in body:
        code = body.get("error")
        message = server_message(code, body)
        raise error_class(code)(
            "%s (%d %s)" % (message, status, code),
            code=code,
            path=body.get("path"),
            status=status,
            operation=body.get("operation"),
            body=body,
        )
    if status >= 500 or status in (502, 503, 504):
        raise NereidConnectionError(
            "The server answered %s %s with status %d." % (method, route, status), code="server_error", status=status
        )
    text = raw[:200].decode("utf-8", "replace")
    raise NereidError("The server answered %s %s with status %d: %s" % (method, route, status, text), status=status)
