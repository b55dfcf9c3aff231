"""The scripts in examples/ against a real server: the sweep example and the demo seeder."""

import os
import subprocess
import sys
import time
import unittest

from nereidtest import ROOT, ServerTestCase

EXAMPLES = os.path.join(ROOT, "examples")


class ExamplesTest(ServerTestCase):
    def script(self, name, *args):
        return subprocess.run([sys.executable, os.path.join(EXAMPLES, name), *args], cwd=self.workdir,
                              capture_output=True, text=True, timeout=90)

    def runs(self, project):
        return self.server.api("GET", "/projects/%s/runs?limit=100" % project)["runs"]

    def test_train_sweep(self):
        done = self.script("train_sweep.py", "--project", "examples/sweep", "--epochs", "2")
        self.assertEqual(done.returncode, 0, done.stderr)
        runs = self.runs("examples/sweep")
        self.assertEqual(len(runs), 6)
        for run in runs:
            fields = run["fields"]
            self.assertEqual(fields["train/loss"]["count"], fields["train/accuracy"]["count"])
            self.assertEqual(fields["val/accuracy"]["count"], 2)
            self.assertIn("val accuracy", fields["train/log"]["last"])
            self.assertIn(fields["params/batch_size"]["value"], (16, 64))
            self.assertIn("sweep", run["sys"]["tags"])
            self.assertEqual(len(run["sys"]["group_tags"]), 2)
            self.assertEqual(fields["val/boundary"]["count"], 2)
            self.assertEqual(fields["val/boundary"]["last"]["extension"], "png")
            self.assertEqual(fields["model/checkpoint"]["value"]["name"], "weights.json")
            self.assertEqual(fields["source_code/entrypoint"]["value"], "train_sweep.py")
        best = max(run["fields"]["eval/accuracy"]["value"] for run in runs)
        self.assertGreater(best, 0.8)  # the toy model does learn

    def test_seeder_fills_an_empty_server_once(self):
        token_file = os.path.join(self.server.data, "token")
        seeded = self.script("seed_demo.py", "--url", self.server.url, "--token-file", token_file,
                             "--steps", "400", "--live-seconds", "2")
        self.assertEqual(seeded.returncode, 0, seeded.stderr)
        project = self.server.api("GET", "/projects/demo/sweep")
        self.assertEqual(project["key"], "SWP")
        runs = self.runs("demo/sweep")
        finished = [run for run in runs if run["sys"]["custom_run_id"] != "demo-live"]
        self.assertEqual(len(finished), 8)
        self.assertEqual(sum(run["sys"]["failed"] for run in finished), 2)
        self.assertTrue(all(run["sys"]["group_tags"] for run in finished))
        self.assertEqual(max(run["fields"]["train/loss"]["count"] for run in finished), 400)
        self.assertTrue(all(run["fields"]["train/log"]["count"] > 0 for run in finished))
        types = {field["type"] for run in finished for field in run["fields"].values()}
        self.assertEqual(types, {"float", "int", "bool", "string", "datetime", "stringSet", "floatSeries",
                                 "stringSeries", "file", "fileSeries", "fileSet"})
        completed = [run for run in finished if not run["sys"]["failed"]]
        for run in completed:  # an image per epoch and a checkpoint
            self.assertEqual(run["fields"]["val/confusion"]["count"], 10)
            self.assertEqual(run["fields"]["val/confusion"]["last"]["mime"], "image/png")
            self.assertEqual(run["fields"]["val/confusion"]["last"]["name"], "epoch 9")
            self.assertEqual(run["fields"]["model/checkpoint"]["value"]["extension"], "pt")
        live = None
        for _ in range(100):  # the detached process creates the live run within a moment
            live = [run for run in self.runs("demo/sweep") if run["sys"]["custom_run_id"] == "demo-live"]
            if live:
                break
            time.sleep(0.1)
        self.assertEqual(live[0]["sys"]["state"], "active")
        for _ in range(150):  # it stops the run after --live-seconds
            if self.server.run(live[0]["id"])["sys"]["state"] == "inactive":
                break
            time.sleep(0.1)
        self.assertEqual(self.server.run(live[0]["id"])["sys"]["state"], "inactive")
        again = self.script("seed_demo.py", "--url", self.server.url, "--token-file", token_file)
        self.assertIn("nothing to seed", again.stdout)
        self.assertEqual(len(self.runs("demo/sweep")), 9)

    def test_seeder_without_a_server_says_so(self):
        token_file = os.path.join(self.server.data, "token")
        done = self.script("seed_demo.py", "--url", "http://127.0.0.1:9", "--token-file", token_file,
                           "--wait-seconds", "0.5")
        self.assertEqual(done.returncode, 1)
        self.assertIn("No nereid-server answers", done.stderr)


if __name__ == "__main__":
    unittest.main()
