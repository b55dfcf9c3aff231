"""Errors name what was wrong: raised in sync mode, logged once in async mode; an unreachable
server never crashes the script."""

import logging
import socket
import sys
import time
import unittest
from unittest import mock

from nereidtest import ServerTestCase

import nereid
from nereid import exceptions


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SyncErrorsTest(ServerTestCase):
    def test_type_conflict_names_path_and_both_types(self):
        with self.init_run(mode="sync") as run:
            run["params/lr"] = 0.1
            with self.assertRaises(exceptions.TypeConflictError) as caught:
                run["params/lr"] = "fast"
            message = str(caught.exception)
            self.assertIn("params/lr", message)
            self.assertIn("float", message)
            self.assertIn("string", message)
            run["train/loss"].append(1.0)
            with self.assertRaises(nereid.NereidError):
                run["train/loss"] = 2.0
            self.assertEqual(run["params/lr"].fetch(), 0.1)

    def test_type_conflict_found_by_the_server(self):
        with self.init_run(mode="sync", custom_run_id="conflict") as run:
            run["x"] = 1.5
        with self.init_run(mode="sync", custom_run_id="conflict") as run:
            with self.assertRaises(nereid.NereidError) as caught:
                run["x"].append("text")
            self.assertEqual(caught.exception.code, "type_conflict")

    def test_invalid_paths(self):
        with self.init_run(mode="sync") as run:
            for path in ("", "a//b", "/a", "a/", " a", "a\x01b"):
                with self.assertRaises(exceptions.InvalidPathError, msg=repr(path)):
                    run[path] = 1
            with self.assertRaises(nereid.NereidError) as caught:
                run["sys/id"] = "X-1"
            self.assertIn("sys/id", str(caught.exception))
            with self.assertRaises(exceptions.InvalidValueError):
                run["obj"] = object()
            with self.assertRaises(exceptions.InvalidValueError):
                run["nan"] = float("nan")

    def test_invalid_values_name_the_problem(self):
        with self.init_run(mode="sync") as run:
            cases = [
                (lambda: run["s"].extend([1.0, 2.0], steps=[1]), "2 values, 1 steps"),
                (lambda: run["s"].extend("abc"), "takes a list"),
                (lambda: run["sys/tags"].add([1]), "holds strings"),
                (lambda: run.__setitem__("big", 2**60), "2^53"),
                (lambda: run.__setitem__("long", "x" * 70000), "at most"),
                (lambda: run["s"].append(1.0, step="one"), "not a finite number"),
            ]
            for call, words in cases:
                with self.assertRaises(exceptions.InvalidValueError, msg=words) as caught:
                    call()
                self.assertIn(words, str(caught.exception))
            self.assertFalse(run.exists("s"))
            self.assertEqual(run["sys/tags"].fetch(), set())

    def test_unknown_project(self):
        with self.assertRaises(exceptions.UnknownProjectError) as caught:
            self.init_run(mode="sync", project="test/does-not-exist")
        self.assertIn("test/does-not-exist", str(caught.exception))

    def test_unknown_run(self):
        with self.assertRaises(exceptions.UnknownRunError):
            self.init_run(mode="sync", with_id="NOPE-99")

    def test_bad_token(self):
        with self.assertRaises(exceptions.UnauthorizedError):
            self.init_run(mode="sync", api_token="not-a-token")
        with self.assertRaises(nereid.NereidError):
            nereid.management.get_project_list(api_token="not-a-token")

    def test_step_not_increasing(self):
        with self.init_run(mode="sync") as run:
            run["s"].append(1.0, step=5)
            with self.assertRaises(exceptions.StepNotIncreasingError):
                run["s"].append(2.0, step=5)
            self.assertEqual(run["s"].fetch_last(), 1.0)

    def test_missing_token_and_project(self):
        import os

        del os.environ["NEREID_API_TOKEN"]
        with self.assertRaises(exceptions.MissingApiTokenError):
            self.init_run(mode="sync")
        os.environ["NEREID_API_TOKEN"] = self.server.token
        del os.environ["NEREID_PROJECT"]
        with self.assertRaises(exceptions.MissingProjectError):
            self.init_run(mode="sync")


class AsyncErrorsTest(ServerTestCase):
    def test_errors_are_logged_once_and_the_rest_arrives(self):
        with self.assertLogs("nereid", level="WARNING") as logs:
            run = self.init_run(flush_period=0.1)
            run["x"] = 1.0
            for i in range(5):
                run["x"] = "text %d" % i
            run["bad//path"] = 1
            run["bad//path"] = 2
            run["good"] = 2
            run.stop()
        conflicts = [line for line in logs.output if "x is a float field" in line]
        paths = [line for line in logs.output if "bad//path" in line]
        self.assertEqual(len(conflicts), 1, logs.output)
        self.assertEqual(len(paths), 1, logs.output)
        fields = self.server.run(run._run_id)["fields"]
        self.assertEqual(fields["x"]["value"], 1.0)
        self.assertEqual(fields["good"]["value"], 2)

    def test_server_refusal_is_logged_once_and_the_batch_goes_on(self):
        with self.init_run(mode="sync", custom_run_id="refuse") as run:
            run["x"] = 1.5
        with self.assertLogs("nereid", level="WARNING") as logs:
            run = self.init_run(custom_run_id="refuse", flush_period=0.1)
            run._encoder.types.clear()  # as if the client had not learnt the type: the server must refuse
            run["x"] = "text"
            run["y"] = 3
            run.stop()
        self.assertEqual(len([line for line in logs.output if "type_conflict" in line]), 1, logs.output)
        fields = self.server.run(run._run_id)["fields"]
        self.assertEqual(fields["x"]["value"], 1.5)
        self.assertEqual(fields["y"]["value"], 3)

    def test_many_refusals_in_one_batch(self):
        with self.init_run(mode="sync", custom_run_id="many") as run:
            run.assign({"f%d" % i: 1.5 for i in range(150)})
        saved = sys.getrecursionlimit()
        sys.setrecursionlimit(200)  # the uploader drops refused operations in a loop, not by recursion
        try:
            with self.assertLogs("nereid", level="WARNING") as logs:
                run = self.init_run(custom_run_id="many", flush_period=0.1)
                run._encoder.types.clear()  # the server, not the client, must refuse each of them
                for i in range(150):
                    run["f%d" % i] = "text"
                run["after"] = 1
                run.stop()
        finally:
            sys.setrecursionlimit(saved)
        self.assertEqual(len([line for line in logs.output if "type_conflict" in line]), 150)
        fields = self.server.run(run._run_id)["fields"]
        self.assertEqual(fields["f149"]["value"], 1.5)
        self.assertEqual(fields["after"]["value"], 1)

    def test_unknown_project_and_bad_token_are_logged_not_raised(self):
        with self.assertLogs("nereid", level="ERROR") as logs:
            run = self.init_run(project="test/absent", flush_period=0.1)
            run["x"].append(1.0)
            run.stop(seconds=1)
        self.assertTrue(any("test/absent" in line for line in logs.output), logs.output)
        with self.assertLogs("nereid", level="ERROR") as logs:
            run = self.init_run(api_token="wrong", flush_period=0.1)
            run["x"].append(1.0)
            run.stop(seconds=1)
        self.assertTrue(any("401" in line or "token" in line for line in logs.output), logs.output)

    def test_unreachable_server_never_crashes(self):
        url = "http://127.0.0.1:%d" % free_port()
        started = time.monotonic()
        with self.assertLogs("nereid", level="WARNING"):
            run = self.init_run(api_url=url, flush_period=0.05)
            for i in range(100):
                run["loss"].append(float(i))
            run["p"] = 1
            with mock.patch.object(nereid._runread, "WAIT_SECONDS", 0.5):
                run.wait()  # gives up after WAIT_SECONDS and says so
            run.stop(seconds=0.5)
        self.assertLess(time.monotonic() - started, 20)
        self.assertIn("stopped", self.nereid_cli("status").stdout)
        synced = self.nereid_cli("sync", "--url", self.server.url)
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        run_id = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"][0]["id"]
        self.assertEqual([p[1] for p in self.server.points(run_id, "loss")], [float(i) for i in range(100)])

    def test_sync_mode_unreachable_raises_connection_error(self):
        with self.assertRaises(exceptions.NereidConnectionError):
            self.init_run(mode="sync", api_url="http://127.0.0.1:%d" % free_port())


class ForbiddenTest(ServerTestCase):
    """A token that may only read a project: a viewer's, or a read-only one."""

    def token(self, user, role, read_only=False):
        try:
            self.server.admin("user", "add", user)
        except RuntimeError:
            pass  # added by an earlier test
        self.server.admin("member", "add", "test", user, role)
        return self.server.admin("token", "create", "--user", user, *(["--read-only"] if read_only else []))

    def test_viewer_cannot_log(self):
        token = self.token("vic", "viewer")
        with self.assertRaises(exceptions.ForbiddenError) as caught:
            self.init_run(mode="sync", api_token=token)
        self.assertEqual(caught.exception.status, 403)
        said = "Your token can only read %s: its user vic has the viewer role" % self.project
        self.assertIn(said, str(caught.exception))
        self.assertIsInstance(caught.exception, exceptions.Forbidden)  # Neptune's name

    def test_read_only_token_reads_but_cannot_log(self):
        with self.init_run(mode="sync", custom_run_id="kept") as run:
            run["loss"].append(0.5)
            run_id = run._run_id
        token = self.token("rita", "owner", read_only=True)
        with self.assertRaises(exceptions.Forbidden) as caught:
            self.init_run(mode="sync", api_token=token)
        self.assertTrue(
            str(caught.exception).startswith("Your token can only read %s: it is a read-only token." % self.project),
            str(caught.exception),
        )
        with self.init_run(mode="read-only", with_id=run_id, api_token=token) as run:
            self.assertEqual(run["loss"].fetch_last(), 0.5)

    def test_async_run_logs_the_refusal_once(self):
        token = self.token("vic", "viewer")
        with self.assertLogs("nereid", level="ERROR") as logs:
            run = self.init_run(api_token=token, flush_period=0.1)
            for i in range(10):
                run["loss"].append(float(i))
            run.stop(seconds=1)
        said = [line for line in logs.output if "can only read %s" % self.project in line]
        self.assertEqual(len(said), 1, logs.output)
        self.assertEqual(self.server.api("GET", "/projects/%s/runs" % self.project)["runs"], [])


if __name__ == "__main__":
    unittest.main()
