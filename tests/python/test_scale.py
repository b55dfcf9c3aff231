"""nereid.scale: the neptune-scale (Neptune 3.x) API over a nereid Run, against a real server.

Every test reads back what a user would look for straight from the server's HTTP API (or with nereid), not through
nereid.scale itself.
"""

import dataclasses
import datetime
import logging
import os
import pathlib
import subprocess
import urllib.parse

from nereidtest import ServerTestCase

import nereid
from nereid.scale import File, NeptuneLoggingHandler, Run, SourceTrackingConfig
from nereid.scale.exceptions import (
    NeptuneApiTokenNotProvided,
    NeptuneProjectNotProvided,
    NeptuneScaleError,
    NeptuneUnableToLogData,
    NeptuneUnsupportedByNereid,
)


@dataclasses.dataclass
class Optimizer:
    name: str = "Adam"
    betas: tuple = ("0.9", "0.999")


class ScaleTestCase(ServerTestCase):
    def open(self, **kwargs):
        """A Run with the console capture and source tracking off unless asked for (they add fields and threads)."""
        kwargs.setdefault("enable_console_log_capture", False)
        kwargs.setdefault("source_tracking_config", None)
        return Run(**kwargs)

    def runs(self):
        return self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]

    def server_run(self, custom_id):
        query = urllib.parse.quote('sys/custom_run_id = "%s"' % custom_id)
        runs = self.server.api("GET", "/projects/%s/runs?query=%s" % (self.project, query))["runs"]
        self.assertEqual(len(runs), 1, "one run with the custom id %s" % custom_id)
        return runs[0]

    def values(self, run, path):
        return run["fields"][path]["value"]


class LoggingTest(ScaleTestCase):
    def test_configs_metrics_series_tags_and_files_reach_the_server(self):
        when = datetime.datetime(2026, 12, 4, 9, 30, tzinfo=datetime.timezone.utc)
        with self.open(run_id="scale-1", experiment_name="baseline") as run:
            run.log_configs({"params/lr": 0.001, "params/batch": 64, "params/optimizer": "Adam",
                             "params/shuffle": True, "params/start": when, "params/layers": ["conv", "dense"]})
            for step in range(5):
                run.log_metrics(data={"train/loss": 1.0 / (step + 1), "train/acc": step / 10}, step=step * 10)
            run.log_string_series({"train/notes": "epoch done"}, step=40.5)
            run.add_tags(["baseline", "old"])
            run.remove_tags(["old"])
            run.add_tags(("team-a",), group_tags=True)
            run.assign_files({"files/notes": b"hello",
                              "files/config": File(source=b'{"a": 1}', mime_type="application/json")})
            self.assertTrue(run.wait_for_processing(timeout=30))
        stored = self.server_run("scale-1")
        self.assertEqual(stored["sys"]["name"], "baseline")
        self.assertEqual(stored["sys"]["tags"], ["baseline"])
        self.assertEqual(stored["sys"]["group_tags"], ["team-a"])
        self.assertEqual(stored["sys"]["state"], "inactive")  # close() ended it
        self.assertEqual(self.values(stored, "params/lr"), 0.001)
        self.assertEqual(self.values(stored, "params/batch"), 64)
        self.assertEqual(self.values(stored, "params/optimizer"), "Adam")
        self.assertIs(self.values(stored, "params/shuffle"), True)
        self.assertEqual(stored["fields"]["params/start"]["type"], "datetime")
        self.assertEqual(sorted(self.values(stored, "params/layers")), ["conv", "dense"])
        points = self.server.points(stored["id"], "train/loss")
        self.assertEqual([p[0] for p in points], [0, 10, 20, 30, 40])
        self.assertAlmostEqual(points[-1][1], 0.2)
        self.assertEqual(self.server.points(stored["id"], "train/notes")[0][:2], [40.5, "epoch done"])
        reader = nereid.init_run(with_id=stored["id"], mode="read-only")
        try:
            target = os.path.join(self.workdir, "notes.bin")
            reader["files/notes"].download(target)
            with open(target, "rb") as file:
                self.assertEqual(file.read(), b"hello")
            self.assertEqual(reader["files/config"].fetch_extension(), "json")
        finally:
            reader.stop()

    def test_flatten_and_cast_unsupported(self):
        with self.open(run_id="scale-flat") as run:
            run.log_configs({"model": {"depth": 3, "optimizer": Optimizer()}}, flatten=True)
            run.log_configs({"extra/none": None, "extra/object": object, "extra/ints": [1, 2]}, cast_unsupported=True)
            with self.assertLogs("nereid", "WARNING") as logged:
                run.log_configs({"nested": {"depth": 3}})  # a dict needs flatten=True
            self.assertIn("Config values must be", "\n".join(logged.output))
            with self.assertRaises(TypeError):
                run.log_configs(["not", "a", "mapping"])
        fields = self.server_run("scale-flat")["fields"]
        self.assertEqual(fields["model/depth"]["value"], 3)
        self.assertEqual(fields["model/optimizer/name"]["value"], "Adam")
        self.assertEqual(sorted(fields["model/optimizer/betas"]["value"]), ["0.9", "0.999"])
        self.assertEqual(fields["extra/none"]["value"], "")
        self.assertEqual(fields["extra/object"]["value"], "<class 'object'>")
        self.assertEqual(fields["extra/ints"]["value"], "[1, 2]")
        self.assertNotIn("nested/depth", fields)
        self.assertNotIn("nested", fields)

    def test_same_run_id_resumes_the_run(self):
        for first in (0, 5):
            with self.open(run_id="scale-resume", experiment_name="sweep") as run:
                for step in range(first, first + 5):
                    run.log_metrics({"loss": float(step)}, step=step)
        stored = self.server_run("scale-resume")
        self.assertEqual(len(self.runs()), 1)
        self.assertEqual([p[0] for p in self.server.points(stored["id"], "loss")], list(range(10)))

    def test_metrics_without_step_follow_on(self):
        with self.open(run_id="scale-nostep") as run:
            for value in (0.5, 0.4, 0.3):
                run.log_metrics({"loss": value}, step=None)
        stored = self.server_run("scale-nostep")
        self.assertEqual([p[:2] for p in self.server.points(stored["id"], "loss")], [[0, 0.5], [1, 0.4], [2, 0.3]])

    def test_logging_handler_sends_each_line_of_each_record(self):
        experiment = logging.getLogger("scale-test-experiment")
        experiment.setLevel(logging.INFO)
        with self.open(run_id="scale-logs") as run:
            handler = NeptuneLoggingHandler(run=run, level=logging.INFO, attribute_path="messages/info")
            experiment.addHandler(handler)
            try:
                experiment.info("starting data preparation")
                experiment.debug("below the level")
                experiment.warning("two\nlines")
            finally:
                experiment.removeHandler(handler)
        stored = self.server_run("scale-logs")
        lines = [point[1] for point in self.server.points(stored["id"], "messages/info")]
        self.assertEqual(lines, ["starting data preparation", "two", "lines"])
        with self.assertRaises(TypeError):
            NeptuneLoggingHandler(run=object())

    def test_an_exception_in_the_with_block_marks_the_run_failed(self):
        with self.assertRaises(RuntimeError):
            with self.open(run_id="scale-fail") as run:
                run.log_metrics({"loss": 1.0}, step=0)
                raise RuntimeError("diverged")
        self.assertIs(self.server_run("scale-fail")["sys"]["failed"], True)

    def test_offline_run_is_uploaded_by_nereid_sync(self):
        run = self.open(run_id="scale-offline", mode="offline")
        run.log_metrics({"loss": 0.5}, step=0)
        self.assertTrue(run.wait_for_submission(timeout=10))
        run.close()
        self.assertEqual(self.runs(), [])
        done = self.nereid_cli("sync")
        self.assertEqual(done.returncode, 0, done.stderr)
        stored = self.server_run("scale-offline")
        self.assertEqual(self.server.points(stored["id"], "loss")[0][:2], [0, 0.5])

    def test_console_and_source_tracking_as_asked(self):
        repository = os.path.join(self.workdir, "repo")
        git = ["git", "-C", repository, "-c", "user.name=Test", "-c", "user.email=test@example.org"]
        subprocess.run(["git", "init", "-q", repository], check=True)
        with open(os.path.join(repository, "train.py"), "w") as file:
            file.write("print('training')\n")
        subprocess.run(git + ["add", "train.py"], check=True)
        subprocess.run(git + ["commit", "-q", "-m", "first"], check=True)
        commit = subprocess.run(git + ["rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        config = SourceTrackingConfig(repository=pathlib.Path(repository))
        with self.open(run_id="scale-console", enable_console_log_capture=True, source_tracking_config=config):
            print("hello from the training loop")
        self.open(run_id="scale-no-source").close()  # source_tracking_config=None: no git information
        stored = self.server_run("scale-console")
        lines = [point[1] for point in self.server.points(stored["id"], "runtime/stdout")]  # neptune-scale's namespace
        self.assertIn("hello from the training loop", lines)
        self.assertEqual(stored["fields"]["source_code/git/commit_id"]["value"], commit)
        self.assertNotIn("source_code/git/commit_id", self.server_run("scale-no-source")["fields"])


class DisabledAndFailureTest(ScaleTestCase):
    def test_disabled_mode_checks_arguments_and_sends_nothing(self):
        run = self.open(mode="disabled")
        run.log_configs({"a": 1})
        run.log_metrics({"loss": 1.0}, step=0)
        with self.assertRaises(TypeError):
            run.log_metrics({"loss": 1.0}, step="zero")
        self.assertTrue(run.wait_for_processing())
        run.close()
        self.assertEqual(self.runs(), [])

    def test_bad_values_are_dropped_or_raised_as_asked(self):
        with self.open(run_id="scale-bad") as run:
            with self.assertLogs("nereid", "WARNING") as logged:
                run.log_metrics({"loss": "high", "acc": 0.5}, step=0)
            self.assertIn("Metrics' values must be float or int", "\n".join(logged.output))
            os.environ["NEPTUNE_LOG_FAILURE_ACTION"] = "raise"
            with self.assertRaises(NeptuneUnableToLogData):
                run.log_metrics({"loss": "high"}, step=1)
        fields = self.server_run("scale-bad")["fields"]
        self.assertIn("acc", fields)
        self.assertNotIn("loss", fields)


class ArgumentTest(ScaleTestCase):
    def assert_refused(self, error, **kwargs):
        with self.assertRaises(error) as caught:
            self.open(**kwargs)
        return caught.exception

    def test_wrong_arguments_are_refused_before_anything_is_created(self):
        self.assert_refused(ValueError, run_id="a/b")
        self.assert_refused(ValueError, run_id="")
        self.assert_refused(TypeError, run_id=7)
        self.assert_refused(ValueError, project="no-workspace")
        self.assert_refused(ValueError, fork_run_id="parent")
        self.assert_refused(ValueError, mode="sometimes")
        self.assert_refused(TypeError, resume="yes")
        self.assert_refused(TypeError, flavour="vanilla")
        del os.environ["NEREID_PROJECT"]
        self.assert_refused(NeptuneProjectNotProvided)
        os.environ["NEPTUNE_PROJECT"] = self.project
        del os.environ["NEREID_API_TOKEN"]
        self.assert_refused(NeptuneApiTokenNotProvided)
        self.assertEqual(self.runs(), [])

    def test_what_a_nereid_server_lacks_is_said_plainly(self):
        refused = [
            {"creation_time": datetime.datetime.now()},
            {"fork_run_id": "parent", "fork_step": 10},
            {"log_directory": "logs"},
            {"on_error_callback": print},
            {"async_lag_threshold": 5, "on_async_lag_callback": print},
            {"source_tracking_config": SourceTrackingConfig(namespace="code")},
        ]
        for kwargs in refused:
            error = self.assert_refused(NeptuneUnsupportedByNereid, **kwargs)
            self.assertIsInstance(error, NotImplementedError)
            self.assertIsInstance(error, nereid.NereidError)
            self.assertIn("not supported by nereid.scale", str(error))
        self.assertEqual(self.runs(), [])
        with self.open(run_id="scale-unsupported") as run:
            with self.assertRaises(NeptuneScaleError):
                run.log_metrics({"loss": 0.3}, step=1, preview=True)
            with self.assertRaises(NeptuneUnsupportedByNereid):
                run.log_histograms({"h": None}, step=1)
            with self.assertRaises(ValueError):
                run.log_metrics({"loss": 0.3}, step=1, preview_completion=0.5)
            with self.assertRaises(ValueError):
                run.log_metrics({"loss": 0.3}, step=-1)

    def test_resume_ignores_creation_arguments_with_a_warning(self):
        with self.assertLogs("nereid", "WARNING") as logged:
            run = self.open(run_id="scale-r", resume=True, creation_time=datetime.datetime.now())
        run.close()
        self.assertIn("`creation_time` is ignored", "\n".join(logged.output))
        self.server_run("scale-r")
