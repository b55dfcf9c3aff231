"""Neptune 1.x's API where scripts written for it meet it (issue 21): its exception names and hierarchy,
ANONYMOUS_API_TOKEN, `in`, get_state() and sys/state, stringify_unsupported(expand=True), the sync callbacks,
numbers of other types, and one monitoring namespace per process."""

import os
import threading
import unittest
from decimal import Decimal
from fractions import Fraction

from nereidtest import ServerTestCase

import nereid
from nereid import exceptions
from nereid.utils import stringify_unsupported


class Celsius:
    """A value that is a number only through __float__."""

    def __float__(self):
        return 21.5


class ExceptionsTest(ServerTestCase):
    def test_every_client_error_is_a_neptune_exception(self):
        classes = [c for c in vars(exceptions).values() if isinstance(c, type) and issubclass(c, BaseException)]
        self.assertGreater(len(classes), 40)
        for cls in classes:
            self.assertTrue(issubclass(cls, exceptions.NeptuneException), cls.__name__)
        self.assertIs(nereid.NeptuneException, exceptions.NeptuneException)

    def test_missing_field_is_also_an_attribute_error_and_a_key_error(self):
        with self.init_run(mode="sync") as run:
            run["params/lr"] = 0.1
            for fetch in (lambda: run["nope"].fetch(), lambda: run["params/nope"].fetch_last()):
                for caught_as in (exceptions.MissingFieldException, AttributeError, KeyError,
                                  exceptions.FetchAttributeNotFoundException, exceptions.NeptuneException):
                    with self.assertRaises(caught_as) as caught:
                        fetch()
                    self.assertIn("nope", str(caught.exception))
                    self.assertNotIn("'", str(caught.exception)[:1])  # not KeyError's quoted repr

    def test_missing_token_and_project_under_both_names(self):
        del os.environ["NEREID_API_TOKEN"]
        for name in ("NeptuneMissingApiTokenException", "MissingApiTokenError"):
            with self.assertRaises(getattr(exceptions, name)):
                self.init_run()
        os.environ["NEREID_API_TOKEN"] = self.server.token
        del os.environ["NEREID_PROJECT"]
        for name in ("NeptuneMissingProjectNameException", "MissingProjectError"):
            with self.assertRaises(getattr(exceptions, name)):
                self.init_run()

    def test_server_refusals_under_neptune_names(self):
        with self.assertRaises(exceptions.ProjectNotFound):
            self.init_run(mode="sync", project="test/absent")
        with self.assertRaises(exceptions.RunNotFound) as caught:
            self.init_run(mode="sync", with_id="NOPE-999")
        self.assertIn("No existing Run was found at NOPE-999", str(caught.exception))
        with self.assertRaises(exceptions.NeptuneInvalidApiTokenException):
            self.init_run(mode="sync", api_token="not-a-token")
        with self.assertRaises(exceptions.Unauthorized):
            nereid.init_project(api_token="not-a-token")
        with self.init_run(mode="sync") as run:
            with self.assertRaises(exceptions.NeptuneProtectedPathException):
                run["sys/id"] = "X-1"
        with self.assertRaises(exceptions.NeptuneConnectionLostException):
            self.init_run(mode="sync", api_url="http://127.0.0.1:9")
        with self.init_run(mode="offline") as run:
            with self.assertRaises(exceptions.NeptuneOfflineModeFetchException):
                run["x"].fetch()

    def test_writes_after_stop_raise_inactive_run_exception_in_sync_mode(self):
        run = self.init_run(mode="sync")
        run["x"] = 1
        run.stop()
        with self.assertRaises(exceptions.InactiveRunException) as caught:
            run["y"] = 2
        self.assertIn("stopped", str(caught.exception))
        fields = self.server.run(run._run_id)["fields"]
        self.assertEqual({p for p in fields if not p.startswith("monitoring/")}, {"x"})

    def test_model_errors_are_defined_as_in_neptune(self):
        for cls, kind in ((exceptions.ModelNotFound, "Model"), (exceptions.ModelVersionNotFound, "Model version")):
            error = cls("KEY-MOD")
            self.assertIsInstance(error, exceptions.MetadataContainerNotFound)
            self.assertEqual(str(error), "No existing %s was found at KEY-MOD." % kind)

    def test_anonymous_token_is_refused_with_a_reason(self):
        self.assertIsInstance(nereid.ANONYMOUS_API_TOKEN, str)
        del os.environ["NEREID_API_TOKEN"]
        os.environ["NEPTUNE_API_TOKEN"] = nereid.ANONYMOUS_API_TOKEN  # the official examples' line
        with self.assertRaises(exceptions.NeptuneInvalidApiTokenException) as caught:
            self.init_run()  # async: raised at once all the same
        self.assertIn("no anonymous access", str(caught.exception))
        with self.assertRaises(exceptions.NeptuneInvalidApiTokenException):
            nereid.management.get_project_list()
        self.assertFalse(os.path.exists(self.queue_dir))  # nothing queued for a run that cannot be sent

    def test_async_run_with_an_unknown_id_raises_at_once(self):
        with self.assertRaises(exceptions.RunNotFound) as caught:
            self.init_run(with_id="NOPE-999")
        self.assertIn("NOPE-999", str(caught.exception))
        self.assertFalse(os.path.exists(self.queue_dir))


class RunApiTest(ServerTestCase):
    def test_in_asks_whether_a_field_exists(self):
        run = self.init_run()  # async: `in` waits for what was logged, as exists() does
        run["params/lr"] = 0.1
        run["train/loss"].append(1.0)
        self.assertIn("params/lr", run)
        self.assertIn("params", run)
        self.assertIn("train/loss", run)
        self.assertNotIn("params/nope", run)
        self.assertNotIn(0, run)
        self.assertNotIn("a//b", run)
        self.assertIn("lr", run["params"])
        self.assertNotIn("momentum", run["params"])
        for walk in (lambda: list(run), lambda: [x for x in run["params"]]):
            with self.assertRaises(TypeError):
                walk()
        run.stop()
        with nereid.init_project(async_lag_callback=print, async_no_progress_threshold=1) as project:  # accepted
            self.assertNotIn("general/brief", project)  # the project's own fields, as a run's
            project["general/brief"] = "briefly"
            self.assertIn("general/brief", project)
            self.assertIn("general", project)
            self.assertNotIn("no such entry", project)
            with self.assertRaises(TypeError):
                list(project)

    def test_state(self):
        run = self.init_run()
        run_id = run["sys/id"].fetch()
        self.assertEqual(run.get_state(), "started")
        self.assertEqual(run["sys/state"].fetch(), "Active")
        self.assertEqual(run.fetch()["sys"]["state"], "Active")
        run.stop()
        self.assertEqual(run.get_state(), "stopped")
        with self.init_run(with_id=run_id, mode="read-only") as again:
            self.assertEqual(again["sys/state"].fetch(), "Inactive")
        with nereid.init_project() as project:
            table = project.fetch_runs_table(state="Inactive")
            self.assertEqual([e.get_attribute_value("sys/state") for e in table], ["Inactive"])

    def test_stringify_unsupported(self):
        value = {"tuple": ("hi", 1), "metric": 0.87, "nested": {"list": [1, [2, None]]}, 3: Celsius()}
        self.assertEqual(stringify_unsupported(value),
                         {"tuple": "('hi', 1)", "metric": 0.87, "nested": {"list": "[1, [2, None]]"},
                          "3": str(value[3])})
        expanded = stringify_unsupported(value, expand=True)
        self.assertEqual(expanded["tuple"], {"0": "hi", "1": 1})
        self.assertEqual(expanded["nested"], {"list": {"0": 1, "1": {"0": 2, "1": "None"}}})
        with self.init_run(mode="sync") as run:
            run["config"] = expanded
            self.assertEqual(run["config/tuple"].fetch(), {"0": "hi", "1": 1})
            self.assertEqual(run["config/nested/list/1/1"].fetch(), "None")

    def test_other_numbers_are_stored_as_floats(self):
        with self.init_run(mode="sync") as run:
            run["decimal"] = Decimal("0.25")
            run["fraction"] = Fraction(1, 4)
            run["celsius"] = Celsius()
            for value in (Decimal("1"), Fraction(3, 2), Celsius(), 4, 5.0):
                run["series"].append(value)
            run["series"].extend([Decimal("6")])
            for path in ("decimal", "fraction"):
                self.assertEqual(self.server.run(run._run_id)["fields"][path]["type"], "float")
                self.assertEqual(run[path].fetch(), 0.25)
            self.assertEqual(run["celsius"].fetch(), 21.5)
            self.assertIs(type(run["series"].fetch_last()), float)  # 6, a whole number, comes back a float
            values = run["series"].fetch_values()
            values = list(values["value"]) if hasattr(values, "columns") else [row[1] for row in values]
            self.assertEqual(values, [1.0, 1.5, 21.5, 4.0, 5.0, 6.0])
            self.assertEqual({type(v).__name__ for v in values}, {"float"})
            with nereid.init_project() as project:
                cell = project.fetch_runs_table().to_rows()[0].get_attribute_value("series")
            self.assertIs(type(cell), float)


class SyncCallbacksTest(ServerTestCase):
    def test_lag_and_no_progress_callbacks_fire_while_the_server_is_away(self):
        called = {"lag": threading.Event(), "no_progress": threading.Event()}
        runs = []

        def on(name):
            def callback(run):
                runs.append(run)
                called[name].set()

            return callback

        run = self.init_run(flush_period=0.1, async_lag_callback=on("lag"), async_lag_threshold=2,
                            async_no_progress_callback=on("no_progress"), async_no_progress_threshold=2)
        run["loss"].append(1.0)
        run.wait()
        self.assertFalse(called["lag"].is_set() or called["no_progress"].is_set())  # all sent: neither fired
        self.server.stop()
        try:
            run["loss"].append(2.0)
            self.assertTrue(called["no_progress"].wait(60), "no_progress callback not called")
            self.assertTrue(called["lag"].wait(60), "lag callback not called")
            self.assertTrue(all(r is run for r in runs))
        finally:
            self.server.start()
        run.stop()
        self.assertEqual([p[1] for p in self.server.points(run._run_id, "loss")], [1.0, 2.0])  # nothing lost


TWO_WRITERS = r"""
import os, sys, time
import nereid
run = nereid.init_run(custom_run_id="shared", capture_stdout=True, capture_stderr=False,
                      capture_hardware_metrics=False, git_ref=False, flush_period=0.05)
open("ready-" + sys.argv[1], "w").close()
while not os.path.exists("go"):
    time.sleep(0.01)
for i in range(200):
    print("writer %s line %d" % (sys.argv[1], i))
    if i % 20 == 0:
        time.sleep(0.01)
run.stop()
"""


class MonitoringNamespaceTest(ServerTestCase):
    def test_two_processes_resuming_one_run_keep_both_outputs(self):
        with self.init_run(mode="sync", custom_run_id="shared") as run:
            run_id = run._run_id
        import subprocess

        writers = [self.python(TWO_WRITERS, tag, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for tag in ("a", "b")]
        ready = [os.path.join(self.workdir, "ready-" + tag) for tag in ("a", "b")]
        while not all(os.path.exists(path) for path in ready):
            self.assertTrue(all(w.poll() is None for w in writers), "a writer ended before starting")
            threading.Event().wait(0.01)
        open(os.path.join(self.workdir, "go"), "w").close()  # both print from here on, at once
        outputs = [w.communicate(timeout=60) for w in writers]
        for writer, (out, err) in zip(writers, outputs):
            self.assertEqual(writer.returncode, 0, err)
            self.assertNotIn("skipped", err)  # no point refused
        fields = self.server.run(run_id)["fields"]
        namespaces = sorted(p[: -len("/stdout")] for p in fields if p.endswith("/stdout"))
        self.assertEqual(len(namespaces), 2, namespaces)
        texts = sorted([point[1] for point in self.server.points(run_id, ns + "/stdout")] for ns in namespaces)
        self.assertEqual(texts, [["writer %s line %d" % (tag, i) for i in range(200)] for tag in ("a", "b")])
        for ns in namespaces:
            self.assertRegex(ns, r"^monitoring/[0-9a-f]{8}$")
            self.assertIn(fields[ns + "/pid"]["value"], {str(w.pid) for w in writers})


if __name__ == "__main__":
    unittest.main()
