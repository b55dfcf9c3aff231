"""Models (issue 21, item 1): init_model() creates one by key or opens one by id, its fields work as a run's in
every mode a model has, and the errors are Neptune's. What was logged is read back from the server's HTTP API."""

import unittest

from nereidtest import ServerTestCase

import nereid
from nereid import exceptions
from nereid._diskqueue import RunDir
from nereid.types import File


class ModelTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.key = self.server.api("GET", "/projects/" + self.project)["key"]

    def test_sync_model_fields_as_a_run(self):
        with nereid.init_model(key="MOD", name="fraud detector", mode="sync") as model:
            self.assertIsInstance(model, nereid.Model)
            self.assertEqual(model["sys/id"].fetch(), self.key + "-MOD")
            model["params"] = {"lr": 0.1, "depth": 6}
            model["train/loss"].extend([0.5, 0.25])
            model["train/loss"].append(0.125)
            model["sys/tags"].add(["xgb", "v2"])
            model["weights"].upload(File.from_content(b"\x00\x01", extension="bin"))
            model["old"] = "gone"
            del model["old"]
            self.assertEqual(model["params/depth"].fetch(), 6)
            self.assertEqual(model["train/loss"].fetch_last(), 0.125)
            self.assertEqual(model.fetch()["sys"]["name"], "fraud detector")
            self.assertTrue("params/lr" in model)
            self.assertFalse(model.exists("old"))
            self.assertEqual(sorted(model.get_structure()["params"]), ["depth", "lr"])
            with self.assertRaises(exceptions.MissingFieldException):
                model["old"].fetch()
            with self.assertRaises(exceptions.MetadataInconsistency):
                model["params/lr"] = "a string"  # a float field: sync mode raises at once
            self.assertTrue(model.get_url().endswith("/api/v1/runs/%s-MOD" % self.key))
        stored = self.server.run(self.key + "-MOD")
        self.assertEqual(stored["kind"], "model")
        self.assertEqual(stored["sys"]["state"], "inactive")
        self.assertEqual(stored["sys"]["tags"], ["v2", "xgb"])
        self.assertEqual(stored["fields"]["train/loss"]["count"], 3)
        self.assertEqual(stored["fields"]["weights"]["type"], "file")
        self.assertNotIn("old", stored["fields"])
        self.assertFalse(any(path.startswith("monitoring/") for path in stored["fields"]))  # no runs' extras
        with self.assertRaises(exceptions.InactiveModelException):
            model["late"] = 1
        self.assertEqual(model.get_state(), "stopped")

    def test_async_model_and_resume_by_id(self):
        model = nereid.init_model(key="ASY", flush_period=0.1)
        for step in range(100):
            model["loss"].append(1.0 / (step + 1))
        model.stop()
        self.assertEqual(self.server.run(self.key + "-ASY")["fields"]["loss"]["count"], 100)
        self.assertEqual(RunDir.list(self.queue_dir), [])  # everything sent: the disk queue is gone
        with nereid.init_model(with_id=self.key + "-ASY", name="renamed") as again:
            self.assertEqual(self.server.run(self.key + "-ASY")["sys"]["state"], "active")
            again["loss"].append(0.001)
            again.wait()
            self.assertEqual(again["loss"].fetch_last(), 0.001)
        with nereid.init_model(with_id=self.key + "-ASY", mode="read-only") as reader:
            self.assertEqual(reader["sys/name"].fetch(), "renamed")
            self.assertEqual(len(reader["loss"].fetch_values(include_timestamp=False)), 101)
            reader["x"] = 1  # ignored with a warning, as a read-only run
        self.assertNotIn("x", self.server.run(self.key + "-ASY")["fields"])

    def test_debug_model_stays_in_the_process(self):
        with nereid.init_model(key="DBG", mode="debug") as model:
            model["a"] = 1
            self.assertEqual(model["a"].fetch(), 1)
            self.assertEqual(model["sys/id"].fetch(), "DEBUG-DBG")
            self.assertEqual(len(model.fetch_model_versions_table().to_rows()), 0)
        self.assertEqual(self.server.api("GET", "/projects/%s/models" % self.project)["total"], 0)

    def test_unknown_ids_raise_at_once_in_every_mode(self):
        run = self.init_run(mode="sync")
        run.stop()
        for mode in ("async", "sync", "read-only"):
            for with_id in (self.key + "-NOPE", run._run_id, self.key + "-NOPE-1"):
                with self.assertRaises(exceptions.ModelNotFound) as caught:
                    nereid.init_model(with_id=with_id, mode=mode)
                self.assertEqual(str(caught.exception), "No existing Model was found at %s in %s."
                                 % (with_id, self.project))
                self.assertIsInstance(caught.exception, exceptions.MetadataContainerNotFound)
        self.assertEqual(RunDir.list(self.queue_dir), [])  # nothing was queued

    def test_refusals_under_neptune_names(self):
        nereid.init_model(key="MOD", mode="sync").stop()
        with self.assertRaises(exceptions.NeptuneModelKeyAlreadyExistsError) as caught:
            nereid.init_model(key="MOD")
        self.assertIn("(MOD) already exists", str(caught.exception))
        self.assertIsInstance(caught.exception, exceptions.NeptuneObjectCreationConflict)
        for bad in ("mod", "1AB", "A-B", "ABCDEFGHIJK"):
            with self.assertRaises(exceptions.NeptuneUserApiInputException) as caught:
                nereid.init_model(key=bad, mode="sync")
            self.assertEqual(caught.exception.code, "invalid_model_key")
        with self.assertRaises(exceptions.NeptuneMissingRequiredInitParameter) as caught:
            nereid.init_model()
        self.assertIn("init_model() was called without key", str(caught.exception))
        self.assertIsInstance(caught.exception, exceptions.NeptuneWrongInitParametersException)
        with self.assertRaises(TypeError) as caught:
            nereid.init_model(key=5)
        self.assertEqual(str(caught.exception), "key must be a str or NoneType (was <class 'int'>)")
        with self.assertRaises(exceptions.NeedExistingModelForReadOnlyMode):
            nereid.init_model(key="NEW", mode="read-only")
        with self.assertRaises(exceptions.NeptuneException) as caught:
            nereid.init_model(key="NEW", mode="offline")
        self.assertEqual(str(caught.exception), "Model can't be initialized in OFFLINE mode")
        with self.assertRaises(exceptions.NeptuneConnectionLostException):
            nereid.init_model(key="NEW", api_url="http://127.0.0.1:9")  # async too: a model is made at once
        self.assertEqual(self.server.api("GET", "/projects/%s/models" % self.project)["total"], 1)
        self.assertEqual(RunDir.list(self.queue_dir), [])


if __name__ == "__main__":
    unittest.main()
