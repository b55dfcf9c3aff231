"""Model versions and the models tables (issue 21, item 1): init_model_version(), change_stage(), sys/model_id,
fetch_model_versions_table() and project.fetch_models_table(), to_rows() and to_pandas(), against a real server."""

import signal
import subprocess
import unittest

from nereidtest import ServerTestCase

import nereid
from nereid import exceptions

try:
    import pandas
except ImportError:  # python3-pandas; ctest runs the suite with an interpreter that has it when there is one
    pandas = None


KILLED_SCRIPT = r"""
import sys, time
import nereid
version = nereid.init_model_version(model=sys.argv[1], flush_period=3600)
for i in range(500):
    version["val/loss"].append(i * 0.5)
version.wait(disk_only=True)
print(version["sys/id"].fetch(), flush=True)
time.sleep(600)
"""


class ModelVersionTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.key = self.server.api("GET", "/projects/" + self.project)["key"]
        self.model_id = self.key + "-MOD"
        nereid.init_model(key="MOD", mode="sync").stop()

    def stored(self, version_id):
        return self.server.run(version_id)

    def test_versions_are_numbered_and_staged(self):
        first = nereid.init_model_version(model=self.model_id, flush_period=0.1)  # async
        self.assertIsInstance(first, nereid.ModelVersion)
        self.assertEqual(first["sys/id"].fetch(), self.model_id + "-1")
        self.assertEqual(first["sys/model_id"].fetch(), self.model_id)
        self.assertEqual(first["sys/stage"].fetch(), "none")
        first["val/acc"] = 0.93
        first.change_stage("staging")  # waits for the queue, then for the change
        self.assertEqual(self.stored(self.model_id + "-1")["sys"]["stage"], "staging")
        self.assertEqual(self.stored(self.model_id + "-1")["fields"]["val/acc"]["value"], 0.93)
        first.stop()
        with nereid.init_model_version(model=self.model_id, name="second", mode="sync") as second:
            self.assertEqual(second["sys/id"].fetch(), self.model_id + "-2")
            second.change_stage("production")
            self.assertEqual(second["sys/stage"].fetch(), "production")
            with self.assertRaises(ValueError) as caught:
                second.change_stage("prod")
            self.assertEqual(str(caught.exception), "'prod' is not a valid ModelVersionStage")
            for write in (lambda: second.__setitem__("sys/stage", "archived"),
                          lambda: second["sys"].assign({"stage": "archived"}),
                          lambda: second.pop("sys/stage")):
                with self.assertRaises(exceptions.NeptuneCannotChangeStageManually) as caught:
                    write()
                self.assertIn("change_stage()", str(caught.exception))
            self.assertEqual(second["sys/stage"].fetch(), "production")
        self.assertEqual(self.stored(self.model_id + "-2")["sys"]["name"], "second")
        with nereid.init_model_version(with_id=self.model_id + "-1", mode="read-only") as reader:
            self.assertEqual(reader["sys/stage"].fetch(), "staging")
            reader.change_stage("archived")  # read-only: ignored with a warning
        self.assertEqual(self.stored(self.model_id + "-1")["sys"]["stage"], "staging")
        with self.assertRaises(exceptions.NeptuneCannotChangeStageManually):
            with self.init_run(mode="sync") as run:
                run["sys/stage"] = "staging"  # as Neptune: a protected path on every object

    def test_unknown_ids_and_missing_arguments(self):
        for mode in ("async", "sync", "read-only"):
            with self.assertRaises(exceptions.ModelVersionNotFound) as caught:
                nereid.init_model_version(with_id=self.model_id + "-9", mode=mode)
            self.assertIn("No existing Model version was found at %s-9" % self.model_id, str(caught.exception))
        for mode in ("async", "sync"):
            for model in (self.key + "-NOPE", self.model_id + "-1"):
                with self.assertRaises(exceptions.ModelNotFound):
                    nereid.init_model_version(model=model, mode=mode)
        with self.assertRaises(exceptions.NeptuneMissingRequiredInitParameter):
            nereid.init_model_version()
        with self.assertRaises(exceptions.NeedExistingModelVersionForReadOnlyMode):
            nereid.init_model_version(model=self.model_id, mode="read-only")
        with self.assertRaises(exceptions.NeptuneException):
            nereid.init_model_version(model=self.model_id, mode="offline")
        self.assertEqual(self.server.api("GET", "/models/%s/versions" % self.model_id)["total"], 0)

    def test_versions_and_models_tables(self):
        for acc in (0.5, 0.9, 0.7):
            with nereid.init_model_version(model=self.model_id, mode="sync") as version:
                version["val/acc"] = acc
                version["notes"] = "acc %s" % acc
        with nereid.init_model(with_id=self.model_id, mode="read-only") as model:
            table = model.fetch_model_versions_table(columns=["val/acc"])
            self.assertEqual([row["sys/id"].get() for row in table.to_rows()],
                             [self.model_id + "-%d" % n for n in (3, 2, 1)])  # newest first
            self.assertNotIn("notes", table.to_rows()[0].keys())
            best = model.fetch_model_versions_table(query="val/acc > 0.6", sort_by="val/acc", limit=1)
            self.assertEqual([row["val/acc"].get() for row in best], [0.9])
            with self.assertRaises(ValueError):
                model.fetch_model_versions_table(limit=0)
        nereid.init_model(key="OTHER", mode="sync").stop()
        with nereid.init_project(mode="read-only") as project:
            models = project.fetch_models_table().to_rows()
            self.assertEqual([row["sys/id"].get() for row in models], [self.key + "-OTHER", self.model_id])
            self.assertEqual(len(project.fetch_runs_table().to_rows()), 0)  # models are no runs

    def test_a_killed_process_leaves_the_version_to_sync(self):
        process = self.python(KILLED_SCRIPT, self.model_id, stdout=subprocess.PIPE, text=True)
        version_id = process.stdout.readline().strip()
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        self.assertEqual(version_id, self.model_id + "-1")
        synced = self.nereid_cli("sync")
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        self.assertIn("Synced %s" % version_id, synced.stdout)
        self.assertEqual(len(self.server.points(version_id, "val/loss")), 500)  # to the version, not a new run
        self.assertEqual(self.server.api("GET", "/projects/%s/runs" % self.project)["total"], 0)

    @unittest.skipUnless(pandas, "pandas is not installed")
    def test_tables_to_pandas(self):
        for stage in ("staging", "none"):
            with nereid.init_model_version(model=self.model_id, mode="sync") as version:
                version["val/acc"] = 0.75
                version.change_stage(stage)
        with nereid.init_project() as project:
            models = project.fetch_models_table(columns=[]).to_pandas()
            self.assertEqual(list(models["sys/id"]), [self.model_id])
            with nereid.init_model(with_id=self.model_id) as model:
                versions = model.fetch_model_versions_table(sort_by="sys/id", ascending=True).to_pandas()
        self.assertIsInstance(versions, pandas.DataFrame)
        self.assertEqual(list(versions["sys/id"]), [self.model_id + "-1", self.model_id + "-2"])
        self.assertEqual(list(versions["sys/stage"]), ["staging", "none"])
        self.assertEqual(list(versions["sys/model_id"]), [self.model_id] * 2)
        self.assertEqual(versions["val/acc"].dtype, "float64")


if __name__ == "__main__":
    unittest.main()
