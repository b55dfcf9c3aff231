"""Test support: a real nereid-server on loopback with a fresh data folder, and the client on sys.path.

The server binary comes from NEREID_SERVER (ctest sets it to the built target); the client is imported
from the source tree (clients/python).
"""

import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import unittest
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLIENT = os.path.join(ROOT, "clients", "python")
if CLIENT not in sys.path:
    sys.path.insert(0, CLIENT)

_LISTENING = re.compile(r"listening on (https?://\S+)")


def server_binary():
    path = os.environ.get("NEREID_SERVER") or os.path.join(ROOT, "build", "dev", "server", "nereid-server")
    if not os.access(path, os.X_OK):
        raise unittest.SkipTest("no nereid-server at %s; set NEREID_SERVER" % path)
    return path


class Server:
    """A nereid-server process. start() may be called again after stop(), on the same port and data."""

    def __init__(self, data_dir, active_seconds=None, extra_args=(), ca_file=None):
        self.data = data_dir
        self.url = None
        self.process = None
        self.active_seconds = active_seconds
        self.extra_args = list(extra_args)  # --tls-cert FILE --tls-key FILE for https
        self.ca_file = ca_file  # the PEM file api() trusts for https

    def start(self):
        listen = "127.0.0.1:0" if self.url is None else self.url.split("://", 1)[1]
        # --test-clock: advance_clock() moves its clock instead of a test waiting (docs/testing.md).
        command = [server_binary(), "--data", self.data, "--listen", listen, "--test-clock"]
        if self.active_seconds is not None:
            command += ["--active-seconds", str(self.active_seconds)]
        command += self.extra_args
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = _LISTENING.search(line)
        if not match:
            self.process.kill()
            raise RuntimeError("nereid-server did not start: %r" % line)
        self.url = match.group(1)
        with open(os.path.join(self.data, "token")) as file:
            self.token = file.read().strip()
        return self

    def stop(self):
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=20)
            self.process.stdout.close()
            self.process = None

    def admin(self, *args):
        """Runs an administration command (`token create ...`, `member add ...`) on this server's data; its output."""
        done = subprocess.run([server_binary(), *args, "--data", self.data], capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise RuntimeError("nereid-server %s failed: %s" % (" ".join(args), done.stderr))
        return done.stdout.strip()

    def api(self, method, route, body=None, token=None):
        """The server's JSON answer, straight from HTTP (independent of the client under test)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + "/api/v1" + route, data=data, method=method)
        request.add_header("Authorization", "Bearer " + (token or self.token))
        request.add_header("Content-Type", "application/json")
        context = ssl.create_default_context(cafile=self.ca_file) if self.ca_file else None
        with urllib.request.urlopen(request, timeout=30, context=context) as response:
            return json.loads(response.read())

    def run(self, run_id):
        return self.api("GET", "/runs/" + run_id)

    def advance_clock(self, ms):
        """Moves the server's clock ms milliseconds forward (until it restarts); its time now, in ms since 1970."""
        return self.api("POST", "/test/clock", {"advance_ms": ms})["now_ms"]

    def points(self, run_id, path):
        answer = self.api("GET", "/runs/%s/series?path=%s&limit=100000" % (run_id, urllib.request.quote(path, safe="")))
        return answer["points"]


def make_certificate(folder, name="server"):
    """A self-signed certificate for 127.0.0.1 and its key, made with `openssl req` in `folder`: (cert, key) paths."""
    cert, key = os.path.join(folder, name + "-cert.pem"), os.path.join(folder, name + "-key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key


class ServerTestCase(unittest.TestCase):
    """One server per test class; each test gets its own project and working folder."""

    _count = 0

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="nereid-pytest-")
        data = os.path.join(cls.tmp, "server")
        os.makedirs(data)
        cls.server = Server(data, **cls.server_options()).start()

    @classmethod
    def server_options(cls):
        """Server() arguments beyond the data folder (a TLS suite gives its certificate here; cls.tmp exists)."""
        return {}

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def setUp(self):
        ServerTestCase._count += 1
        self.project = "test/p%d" % ServerTestCase._count
        self.server.api("POST", "/projects", {"name": self.project})
        self.workdir = tempfile.mkdtemp(prefix="work-", dir=self.tmp)
        self.queue_dir = os.path.join(self.workdir, ".nereid")
        self._saved_env = dict(os.environ)
        for name in list(os.environ):
            if name.startswith(("NEREID_", "NEPTUNE_")) and name != "NEREID_SERVER":
                del os.environ[name]
        os.environ.update(
            NEREID_API_URL=self.server.url,
            NEREID_API_TOKEN=self.server.token,
            NEREID_PROJECT=self.project,
            NEREID_DATA_DIRECTORY=self.queue_dir,
        )

    def tearDown(self):
        os.environ.clear()
        os.environ.update(self._saved_env)

    def init_run(self, **kwargs):
        """A run with the monitoring extras off unless asked for (they add fields and threads)."""
        import nereid

        for name in ("capture_stdout", "capture_stderr", "capture_hardware_metrics"):
            kwargs.setdefault(name, False)
        kwargs.setdefault("git_ref", False)  # the tests run inside the repository's work tree
        return nereid.init_run(**kwargs)

    def python(self, code, *args, timeout=60, **popen):
        """Run ``code`` in a fresh interpreter with the client importable and this test's environment."""
        env = dict(os.environ, PYTHONPATH=CLIENT)
        return subprocess.Popen([sys.executable, "-c", code, *args], cwd=self.workdir, env=env, **popen)

    def nereid_cli(self, *args):
        env = dict(os.environ, PYTHONPATH=CLIENT)
        return subprocess.run(
            [sys.executable, "-m", "nereid", *args],
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
