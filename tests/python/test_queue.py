"""The on-disk queue: nothing is lost when the process is killed or the server is down."""

import os
import shutil
import signal
import subprocess
import time
import unittest

from nereidtest import ServerTestCase

KILLED_SCRIPT = r"""
import sys, time
import nereid
run = nereid.init_run(custom_run_id="killed", capture_stdout=False, capture_stderr=False,
                      capture_hardware_metrics=False, flush_period=3600)
run["params/lr"] = 0.5
for i in range(2000):
    run["loss"].append(i * 0.5)
run["log"].append("done")
run.wait(disk_only=True)
print("logged", flush=True)
time.sleep(600)
"""


class KilledProcessTest(ServerTestCase):
    def test_sigkill_then_sync_uploads_everything(self):
        process = self.python(KILLED_SCRIPT, stdout=subprocess.PIPE, text=True)
        self.assertEqual(process.stdout.readline().strip(), "logged")
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        status = self.nereid_cli("status")
        self.assertIn("not stopped", status.stdout)
        self.assertIn(self.project, status.stdout)
        synced = self.nereid_cli("sync")
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        self.assertEqual(len(runs), 1)
        run = runs[0]
        self.assertEqual(run["sys"]["custom_run_id"], "killed")
        self.assertEqual(run["fields"]["params/lr"]["value"], 0.5)
        points = self.server.points(run["id"], "loss")
        self.assertEqual([p[0] for p in points], list(range(2000)))
        self.assertEqual(points[-1][1], 999.5)
        self.assertEqual(run["fields"]["log"]["last"], "done")
        self.assertEqual(run["sys"]["state"], "inactive")
        self.assertIn("No queued runs", self.nereid_cli("status").stdout)
        # A second sync has nothing to do and duplicates nothing.
        self.assertEqual(self.nereid_cli("sync").returncode, 0)
        self.assertEqual(len(self.server.points(run["id"], "loss")), 2000)

    def test_a_deleted_queue_folder_is_reported_and_stop_returns(self):
        run = self.init_run(flush_period=3600)
        run["loss"].append(1.0)
        run.wait(disk_only=True)
        # The background thread may still be writing the run's folder (its meta.json) while it goes: delete until
        # nothing is left, as a user's `rm -rf` racing the writer would end.
        while os.path.exists(self.queue_dir):
            shutil.rmtree(self.queue_dir, ignore_errors=True)
        started = time.monotonic()
        with self.assertLogs("nereid", level="ERROR") as logs:
            for i in range(10):
                run["loss"].append(float(i))
            run.stop(seconds=1)
        self.assertLess(time.monotonic() - started, 15)
        # Said by the background thread when it meets the missing folder first, else by stop() (on a busy machine
        # the second may come first): either way at ERROR, naming the folder.
        said = [line for line in logs.output
                if ("cannot keep the queue" in line or "stopped without its disk queue" in line)
                and str(self.queue_dir) in line]
        self.assertTrue(said, logs.output)

    def test_sync_skips_a_run_that_is_still_logging(self):
        process = self.python(KILLED_SCRIPT, stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(process.stdout.readline().strip(), "logged")
            self.assertIn("still logging", self.nereid_cli("status").stdout)
            self.assertIn("Skipped", self.nereid_cli("sync").stdout)
        finally:
            process.kill()
            process.wait()
            process.stdout.close()


class OfflineTest(ServerTestCase):
    def test_offline_run_is_uploaded_by_sync(self):
        run = self.init_run(mode="offline", name="offline run", tags=["off"])
        run["params"] = {"lr": 0.1}
        run["loss"].extend([3.0, 2.0, 1.0])
        run["sys/group_tags"].add("g")
        run.stop()
        self.assertEqual(self.server.api("GET", "/projects/%s/runs" % self.project)["total"], 0)
        self.assertIn("offline", self.nereid_cli("status").stdout)
        synced = self.nereid_cli("sync")
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        run = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"][0]
        self.assertEqual(run["sys"]["name"], "offline run")
        self.assertEqual(run["sys"]["tags"], ["off"])
        self.assertEqual(run["sys"]["group_tags"], ["g"])
        self.assertEqual(run["fields"]["params/lr"]["value"], 0.1)
        self.assertEqual([p[1] for p in self.server.points(run["id"], "loss")], [3.0, 2.0, 1.0])

    def test_a_line_cut_by_a_kill_is_skipped_and_the_rest_sent(self):
        run = self.init_run(mode="offline")
        run["loss"].extend([1.0, 2.0])
        run.stop()
        folder = os.path.join(self.queue_dir, "offline", os.listdir(os.path.join(self.queue_dir, "offline"))[0])
        segment = os.path.join(folder, sorted(n for n in os.listdir(folder) if n.startswith("ops-"))[-1])
        with open(segment, "ab") as file:
            file.write(b'{"op":"assign","path":"cut","ty')  # what a process killed mid-write leaves
        synced = self.nereid_cli("sync")
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        run = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"][0]
        self.assertEqual([p[1] for p in self.server.points(run["id"], "loss")], [1.0, 2.0])
        self.assertNotIn("cut", run["fields"])
        self.assertFalse(os.path.exists(folder))

    def test_offline_without_project_takes_it_from_sync(self):
        del os.environ["NEREID_PROJECT"]
        run = self.init_run(mode="offline")
        run["x"] = 1
        run.stop()
        failed = self.nereid_cli("sync")
        self.assertNotEqual(failed.returncode, 0)
        self.assertIn("--project", failed.stdout)
        synced = self.nereid_cli("sync", "--project", self.project)
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        self.assertEqual(self.server.api("GET", "/projects/%s/runs" % self.project)["total"], 1)


class StoppedServerTest(ServerTestCase):
    """Stops and restarts the server of its class (one server per test class)."""

    def test_points_logged_while_the_server_is_down_arrive_after_it_is_back(self):
        with self.assertLogs("nereid", level="WARNING") as logs:
            run = self.init_run(flush_period=0.1)
            for i in range(100):
                run["loss"].append(float(i))
            run.wait()
            run_id = run["sys/id"].fetch()
            self.server.stop()
            for i in range(100, 300):
                run["loss"].append(float(i))
            run["during"] = "down"
            run.wait(disk_only=True)
            # The background thread tries, fails and keeps everything: wait until it has said so (a fixed
            # sleep was too short on a loaded machine).
            deadline = time.monotonic() + 10
            while not any("Cannot reach" in line for line in logs.output) and time.monotonic() < deadline:
                time.sleep(0.05)
            self.server.start()
            run.stop()
        self.assertTrue(any("Cannot reach" in line for line in logs.output), logs.output)
        points = self.server.points(run_id, "loss")
        self.assertEqual([p[1] for p in points], [float(i) for i in range(300)])
        self.assertEqual(self.server.run(run_id)["fields"]["during"]["value"], "down")
        self.assertFalse(os.path.exists(os.path.join(self.queue_dir, "async")) and os.listdir(
            os.path.join(self.queue_dir, "async")))

    def test_run_opened_while_the_server_is_down_is_created_when_it_is_back(self):
        self.server.stop()
        with self.assertLogs("nereid", level="WARNING") as logs:
            run = self.init_run(custom_run_id="late", name="late", flush_period=0.1)
            run["params/lr"] = 0.1
            run["loss"].extend([3.0, 2.0, 1.0])
            run.wait(disk_only=True)
            self.server.start()
            run.stop()
        self.assertTrue(any("will be created when the server can be reached" in line for line in logs.output))
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        self.assertEqual([(r["sys"]["custom_run_id"], r["sys"]["name"]) for r in runs], [("late", "late")])
        self.assertEqual([p[1] for p in self.server.points(runs[0]["id"], "loss")], [3.0, 2.0, 1.0])
        self.assertEqual(runs[0]["fields"]["params/lr"]["value"], 0.1)

    def test_sync_run_stops_without_raising_when_the_server_is_gone(self):
        run = self.init_run(mode="sync")
        run["x"] = 1
        self.server.stop()
        try:
            with self.assertLogs("nereid", level="WARNING") as logs:
                run.stop()
        finally:
            self.server.start()
        self.assertTrue(any("could not tell the server" in line for line in logs.output), logs.output)
        self.assertEqual(self.server.run(run._run_id)["fields"]["x"]["value"], 1)


if __name__ == "__main__":
    unittest.main()
