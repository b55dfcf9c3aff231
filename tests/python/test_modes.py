"""Each mode, settings from the environment, and resuming runs."""

import os
import unittest

from nereidtest import ServerTestCase

import nereid


class AsyncModeTest(ServerTestCase):
    def test_async_run_reaches_the_server_by_stop(self):
        run = nereid.init_run(
            name="async", description="desc", tags=["a", "b"], capture_stdout=False, capture_stderr=False,
            capture_hardware_metrics=False,
        )
        run["params/lr"] = 0.01
        for i in range(1000):
            run["train/loss"].append(1.0 / (i + 1))
        run["train/acc"].extend([0.1, 0.2], steps=[10, 20])
        run["sys/group_tags"].add("grp")
        run.stop()
        answer = self.server.run(run._run_id)
        self.assertEqual(answer["sys"]["name"], "async")
        self.assertEqual(answer["sys"]["description"], "desc")
        self.assertEqual(set(answer["sys"]["tags"]), {"a", "b"})
        self.assertEqual(answer["sys"]["group_tags"], ["grp"])
        self.assertEqual(answer["sys"]["state"], "inactive")
        self.assertEqual(answer["fields"]["train/loss"]["count"], 1000)
        self.assertEqual(answer["fields"]["train/acc"]["last_step"], 20)
        self.assertEqual(answer["fields"]["params/lr"]["value"], 0.01)
        self.assertFalse(os.listdir(os.path.join(self.queue_dir, "async")), "the uploaded queue is removed")

    def test_wait_then_fetch_sees_everything(self):
        with self.init_run() as run:
            run["x"].extend([1.0, 2.0, 3.0])
            run.wait()
            self.assertEqual(run["x"].fetch_last(), 3.0)
            run["y"] = "now"
            self.assertEqual(run["y"].fetch(), "now")  # a fetch waits for what was queued before it

    def test_neptune_environment_names_are_fallbacks(self):
        for name in ("API_URL", "API_TOKEN", "PROJECT"):
            os.environ["NEPTUNE_" + name] = os.environ.pop("NEREID_" + name)
        os.environ["NEPTUNE_MODE"] = "sync"
        os.environ["NEPTUNE_CUSTOM_RUN_ID"] = "from-env"
        with self.init_run() as run:
            self.assertEqual(run._mode, "sync")
            run["x"] = 1
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        self.assertEqual(runs[0]["sys"]["custom_run_id"], "from-env")
        os.environ["NEREID_MODE"] = "debug"
        with self.init_run() as run:
            self.assertEqual(run._mode, "debug")


class ResumeTest(ServerTestCase):
    def test_resume_by_custom_run_id_continues_series(self):
        for mode in ("async", "sync", "async"):
            with self.init_run(mode=mode, custom_run_id="resume-me") as run:
                run["loss"].append(1.0)
                run["loss"].append(2.0)
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        self.assertEqual(len(runs), 1)
        self.assertEqual([p[0] for p in self.server.points(runs[0]["id"], "loss")], [0, 1, 2, 3, 4, 5])

    def test_resume_by_sys_id(self):
        with self.init_run(mode="sync") as run:
            run_id = run["sys/id"].fetch()
            run["a"] = 1
        with self.init_run(with_id=run_id) as run:
            run["b"] = 2
        self.assertEqual({"a", "b"} & set(self.server.run(run_id)["fields"]), {"a", "b"})


class ReadOnlyModeTest(ServerTestCase):
    def test_read_only_fetches_and_ignores_writes(self):
        custom_id = 'ro "1" \\ x'  # quotes and a backslash must survive the query that finds it
        with self.init_run(mode="sync", custom_run_id="ro-other") as run:
            run["other"] = 1
        with self.init_run(mode="sync", custom_run_id=custom_id) as run:
            run["params/lr"] = 0.5
            run["loss"].extend([1.0, 0.5])
            run_id = run["sys/id"].fetch()
        with self.assertLogs("nereid", level="WARNING") as logs:
            with self.init_run(mode="read-only", with_id=run_id) as run:
                self.assertEqual(run["params/lr"].fetch(), 0.5)
                self.assertEqual(run["loss"].fetch_last(), 0.5)
                run["params/lr"] = 1.0
                run["other"] = 1.0
        self.assertEqual(len(logs.output), 1, logs.output)
        self.assertIn("read-only", logs.output[0])
        answer = self.server.run(run_id)
        self.assertEqual(answer["fields"]["params/lr"]["value"], 0.5)
        self.assertNotIn("other", answer["fields"])
        with self.init_run(mode="read-only", custom_run_id=custom_id) as run:
            self.assertEqual(run["sys/id"].fetch(), run_id)
        self.server.api("POST", "/runs/%s/trash" % run_id)
        with self.init_run(mode="read-only", custom_run_id=custom_id) as run:
            self.assertEqual(run["params/lr"].fetch(), 0.5)
        with self.assertRaises(nereid.exceptions.UnknownRunError):
            self.init_run(mode="read-only", custom_run_id="nobody")


class DebugModeTest(ServerTestCase):
    def test_debug_keeps_everything_in_the_process(self):
        os.environ["NEREID_API_URL"] = "http://127.0.0.1:9"  # nothing may be contacted
        with self.init_run(mode="debug", name="dbg", tags=["t"]) as run:
            run["p"] = {"a": 1}
            run["s"].extend([1.0, 2.0])
            run["sys/tags"].add("u")
            self.assertEqual(run["p/a"].fetch(), 1)
            self.assertEqual(run["s"].fetch_last(), 2.0)
            self.assertEqual(run["sys/tags"].fetch(), {"t", "u"})
            self.assertEqual(run["sys/name"].fetch(), "dbg")
            with self.assertRaises(nereid.NereidError):
                run["p/a"] = "text"
        self.assertFalse(os.path.exists(self.queue_dir))
        self.assertEqual(self.server.api("GET", "/projects/%s/runs" % self.project)["total"], 0)


if __name__ == "__main__":
    unittest.main()
