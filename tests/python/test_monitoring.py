"""What a live run records about its process: pings, hostname, output, hardware, exceptions, exit."""

import datetime
import socket
import subprocess
import time
import unittest

from nereidtest import ServerTestCase

from nereid import _monitoring

FAILING_SCRIPT = r"""
import sys
import nereid
run = nereid.init_run(custom_run_id="boom", monitoring_namespace="mon", fail_on_exception=sys.argv[1] == "1",
                      capture_hardware_metrics=False)
run["loss"].append(1.0)
print("before the error")
raise ValueError("the model diverged")
"""

EXIT_SCRIPT = r"""
import nereid
run = nereid.init_run(custom_run_id="exit", capture_stdout=False, capture_stderr=False,
                      capture_hardware_metrics=False, flush_period=3600)
for i in range(5000):
    run["loss"].append(float(i))
run["done"] = True
"""


class ExceptionTest(ServerTestCase):
    def run_failing(self, fail):
        process = self.python(FAILING_SCRIPT, "1" if fail else "0", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
        _, err = process.communicate(timeout=60)
        self.assertNotEqual(process.returncode, 0)
        self.assertIn("the model diverged", err)  # the user still sees the traceback
        return self.server.api("GET", "/projects/%s/runs" % self.project)["runs"][0]

    def test_uncaught_exception_marks_failed_and_records_traceback(self):
        run = self.run_failing(True)
        self.assertTrue(run["sys"]["failed"])
        self.assertEqual(run["sys"]["state"], "inactive")
        self.assertEqual(run["fields"]["mon/traceback"]["last"], "ValueError: the model diverged")
        lines = [p[1] for p in self.server.points(run["id"], "mon/traceback")]
        self.assertEqual(lines[0], "Traceback (most recent call last):")
        self.assertEqual(run["fields"]["mon/stdout"]["last"], "before the error")
        self.assertIn("the model diverged", [p[1] for p in self.server.points(run["id"], "mon/stderr")][-1])
        self.assertEqual(run["fields"]["loss"]["count"], 1)

    def test_without_fail_on_exception_only_the_traceback_is_kept(self):
        run = self.run_failing(False)
        self.assertFalse(run["sys"]["failed"])
        self.assertIn("mon/traceback", run["fields"])

    def test_exception_in_context_manager(self):
        with self.assertRaises(KeyError):
            with self.init_run(mode="sync") as run:
                run_id = run["sys/id"].fetch()
                raise KeyError("missing")
        answer = self.server.run(run_id)
        self.assertTrue(answer["sys"]["failed"])
        self.assertRegex(run._monitoring, r"^monitoring/[0-9a-f]{8}$")  # Neptune's monitoring/<hash>
        self.assertEqual(answer["fields"][run._monitoring + "/traceback"]["last"], "KeyError: 'missing'")


class ExitTest(ServerTestCase):
    def test_interpreter_exit_stops_the_run_and_sends_everything(self):
        process = self.python(EXIT_SCRIPT)
        self.assertEqual(process.wait(timeout=60), 0)
        run = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"][0]
        self.assertEqual(run["fields"]["loss"]["count"], 5000)
        self.assertTrue(run["fields"]["done"]["value"])
        self.assertEqual(run["sys"]["state"], "inactive")
        self.assertIn("No queued runs", self.nereid_cli("status").stdout)


def _epoch_ms(api_datetime):
    """An API datetime ("2026-12-03T21:00:00.123Z") in ms since 1970."""
    return round(datetime.datetime.fromisoformat(api_datetime.replace("Z", "+00:00")).timestamp() * 1000)


class LiveRunTest(ServerTestCase):
    def test_pings_keep_the_run_active(self):
        saved = _monitoring.PING_SECONDS
        _monitoring.PING_SECONDS = 0.3
        try:
            run = self.init_run(mode="sync")
            run_id = run["sys/id"].fetch()
            idle = self.server.api("POST", "/projects/%s/runs" % self.project, {"name": "no client"})
            # A minute passes on the server (its window is 20 s): only a run whose client still pings is active.
            moved = self.server.advance_clock(60_000)
            self.assertEqual(self.server.run(idle["id"])["sys"]["state"], "inactive")
            deadline = time.monotonic() + 30
            while _epoch_ms(self.server.run(run_id)["sys"]["ping_time"]) < moved:
                self.assertLess(time.monotonic(), deadline, "no ping came after the clock moved")
                time.sleep(0.05)
            self.assertEqual(self.server.run(run_id)["sys"]["state"], "active")
            self.assertEqual(self.server.run(idle["id"])["sys"]["state"], "inactive")
            run.stop()
            self.assertEqual(self.server.run(run_id)["sys"]["state"], "inactive")
        finally:
            _monitoring.PING_SECONDS = saved

    def test_hostname_output_and_hardware_metrics(self):
        run = self.init_run(capture_stdout=True, capture_hardware_metrics=True, flush_period=0.1)
        ns = run._monitoring
        print("hello from the training loop")
        for _ in range(50):  # the first hardware sample comes after one second
            time.sleep(0.1)
            run.wait()
            if ns + "/memory" in self.server.run(run._run_id)["fields"]:
                break
        run.stop()
        answer = self.server.run(run._run_id)
        self.assertEqual(answer["sys"]["hostname"], socket.gethostname())
        fields = answer["fields"]
        self.assertEqual(fields[ns + "/stdout"]["last"], "hello from the training loop")
        self.assertGreaterEqual(fields[ns + "/cpu"]["count"], 1)
        self.assertTrue(0 <= fields[ns + "/cpu"]["last"] <= 100)
        self.assertGreater(fields[ns + "/memory"]["last"], 0)
        self.assertEqual(fields[ns + "/hostname"]["value"], socket.gethostname())


if __name__ == "__main__":
    unittest.main()
