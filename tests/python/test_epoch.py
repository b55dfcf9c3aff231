"""A server whose database went back in time (a restore from a backup): the async queue re-resolves its run."""

import glob
import json
import os
import shutil
import signal
import subprocess
import unittest

from nereidtest import ServerTestCase


KILLED_SCRIPT = r"""
import time
import nereid
run = nereid.init_run(custom_run_id="killed", capture_stdout=False, capture_stderr=False,
                      capture_hardware_metrics=False, git_ref=False, flush_period=3600)
for i in range(500):
    run["loss"].append(i * 0.5, step=i)
run.wait(disk_only=True)
print(run._run_id, flush=True)
time.sleep(600)
"""


class RestoredServerTest(ServerTestCase):
    def restore(self, backup):
        """Stop the server, put the backup's database in place of its own, start it again on the same port."""
        self.server.stop()
        for path in glob.glob(os.path.join(self.server.data, "nereid.sqlite*")):
            os.remove(path)
        for path in glob.glob(os.path.join(backup, "nereid.sqlite*")):
            shutil.copy(path, self.server.data)
        self.server.start()

    def queue_meta(self):
        (meta,) = glob.glob(os.path.join(self.queue_dir, "async", "*", "meta.json"))
        with open(meta) as file:
            return json.load(file)

    def test_queued_points_reach_the_run_resolved_again_after_a_restore(self):
        backup = os.path.join(self.tmp, "backup-%s" % self.project.replace("/", "-"))
        self.server.admin("backup", backup)  # the project has no run yet
        epoch = self.server.api("GET", "/health")["epoch"]

        run = self.init_run(custom_run_id="resolved-again", flush_period=0.2)
        first_id = run._run_id
        for step in range(10):
            run["loss"].append(step * 0.5, step=step)
        run.wait()
        self.assertEqual(self.queue_meta()["epoch"], epoch)  # recorded when the run was resolved

        # The server goes away; points logged meanwhile wait in the queue.
        self.server.stop()
        for step in range(10, 20):
            run["loss"].append(step * 0.5, step=step)
        run.wait(disk_only=True)
        # It comes back from the backup, where someone else's run now takes the old sys/id.
        self.restore(backup)
        self.assertNotEqual(self.server.api("GET", "/health")["epoch"], epoch)
        stranger = self.server.api("POST", "/projects/%s/runs" % self.project, {"name": "stranger"})
        self.assertEqual(stranger["id"], first_id)

        with self.assertLogs("nereid", level="WARNING") as logs:
            run.wait()
        self.assertTrue(any("restored from a backup or replaced" in line for line in logs.output), logs.output)
        run.stop()

        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        resolved = [r for r in runs if r["sys"].get("custom_run_id") == "resolved-again"]
        self.assertEqual(len(resolved), 1, runs)
        self.assertEqual(run._run_id, resolved[0]["id"])
        self.assertNotEqual(run._run_id, first_id)
        # Every point still queued when the server went back in time is on the re-resolved run, none on the stranger.
        self.assertEqual([p[0] for p in self.server.points(run._run_id, "loss")], list(range(10, 20)))
        self.assertNotIn("loss", self.server.run(first_id)["fields"])

    def test_a_backup_with_the_run_resumes_it_and_takes_the_queued_points(self):
        run = self.init_run(custom_run_id="resumed", flush_period=0.2)
        for step in range(5):
            run["loss"].append(float(step), step=step)
        run.wait()
        backup = os.path.join(self.tmp, "backup2-%s" % self.project.replace("/", "-"))
        self.server.admin("backup", backup)  # holds the run and its first five points

        self.server.stop()
        for step in range(5, 12):
            run["loss"].append(float(step), step=step)
        run.wait(disk_only=True)
        self.restore(backup)
        run.wait()
        run.stop()
        self.assertEqual(self.queue_meta_or_none(), None)  # everything sent, the folder removed
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        self.assertEqual([r["sys"]["custom_run_id"] for r in runs], ["resumed"])
        self.assertEqual([p[0] for p in self.server.points(runs[0]["id"], "loss")], list(range(12)))

    def test_sync_of_a_killed_run_after_a_restore_goes_to_the_run_resolved_again(self):
        backup = os.path.join(self.tmp, "backup3-%s" % self.project.replace("/", "-"))
        self.server.admin("backup", backup)
        process = self.python(KILLED_SCRIPT, stdout=subprocess.PIPE, text=True)
        first_id = process.stdout.readline().strip()
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        self.restore(backup)
        stranger = self.server.api("POST", "/projects/%s/runs" % self.project, {"name": "stranger"})
        self.assertEqual(stranger["id"], first_id)  # the queue's sys/id now names someone else's run

        synced = self.nereid_cli("sync")
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        (killed,) = [r for r in runs if r["sys"].get("custom_run_id") == "killed"]
        self.assertNotEqual(killed["id"], first_id)
        self.assertEqual([p[0] for p in self.server.points(killed["id"], "loss")], list(range(500)))
        self.assertNotIn("loss", self.server.run(first_id)["fields"])

    def queue_meta_or_none(self):
        found = glob.glob(os.path.join(self.queue_dir, "async", "*", "meta.json"))
        return found or None


if __name__ == "__main__":
    unittest.main()
