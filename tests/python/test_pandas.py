"""Every way the client gives or takes a pandas DataFrame (issue 21, item 7), with Debian's python3-pandas:
the runs table's to_pandas(), fetch_values() of float and string series (server and debug runs), and a
DataFrame uploaded as an HTML file."""

import datetime as dt
import math
import unittest

from nereidtest import ServerTestCase

import nereid
from nereid.types import File

try:
    import pandas
except ImportError:  # python3-pandas; ctest runs the suite with an interpreter that has it when there is one
    pandas = None

UTC = dt.timezone.utc


@unittest.skipUnless(pandas, "pandas is not installed")
class PandasTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        with self.init_run(mode="sync", name="old", tags=["x", "best"]) as run:
            run["params/lr"] = 0.5
            run["params/layers"] = 3
            run["params/adam"] = True
            run["params/opt"] = "adam"
            run["when"] = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
            run["loss"].extend([3.0, 2.0])  # whole numbers: floats all the same
            run["log"].extend(["epoch 0", "epoch 1"])
            self.old = run._run_id
        self.live = self.init_run(mode="sync", name="live")
        self.live["params/lr"] = 0.25
        self.live["loss"].append(1.0)
        self.live.wait()

    def tearDown(self):
        self.live.stop()
        super().tearDown()

    def table(self, **kwargs):
        with nereid.init_project() as project:
            return project.fetch_runs_table(**kwargs).to_pandas()

    def test_runs_table(self):
        frame = self.table()
        self.assertIsInstance(frame, pandas.DataFrame)
        self.assertEqual(list(frame["sys/name"]), ["live", "old"])  # newest first
        self.assertEqual(list(frame["sys/state"]), ["Active", "Inactive"])
        self.assertEqual(list(frame["params/lr"]), [0.25, 0.5])
        self.assertEqual(frame["params/lr"].dtype, "float64")
        self.assertEqual(list(frame["loss"]), [1.0, 2.0])
        self.assertEqual(frame["loss"].dtype, "float64")  # a float series' last values, 1.0 and 2.0, are no ints
        self.assertTrue(math.isnan(frame["params/layers"][0]))  # the live run has none
        self.assertEqual(frame["params/layers"][1], 3)
        self.assertIs(bool(frame["params/adam"][1]), True)
        self.assertEqual(frame["params/opt"][1], "adam")
        self.assertEqual(frame["log"][1], "epoch 1")
        self.assertEqual(frame["sys/tags"][1], "best,x")
        self.assertEqual(frame["when"][1], dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
        self.assertIsInstance(frame["sys/creation_time"][0], dt.datetime)
        self.assertIn(self.old, list(frame["sys/id"]))

    def test_runs_table_with_columns_filters_and_no_rows(self):
        frame = self.table(columns=["params/lr", "loss"], state="inactive")
        self.assertEqual(list(frame["sys/id"]), [self.old])
        self.assertIn("params/lr", frame.columns)
        self.assertNotIn("params/opt", frame.columns)
        self.assertNotIn("log", frame.columns)
        empty = self.table(tag="no such tag")
        self.assertIsInstance(empty, pandas.DataFrame)
        self.assertEqual(len(empty), 0)
        both = self.table(trashed=None, sort_by="params/lr", ascending=True)
        self.assertEqual(list(both["params/lr"]), [0.25, 0.5])

    def test_fetch_values_of_float_and_string_series(self):
        with self.init_run(mode="read-only", with_id=self.old) as run:
            loss = run["loss"].fetch_values()
            self.assertEqual(list(loss.columns), ["step", "value", "timestamp"])
            self.assertEqual(list(loss["step"]), [0, 1])
            self.assertEqual(list(loss["value"]), [3.0, 2.0])
            self.assertEqual(loss["value"].dtype, "float64")
            self.assertIsInstance(loss["timestamp"][0], dt.datetime)
            bare = run["loss"].fetch_values(include_timestamp=False)
            self.assertEqual(list(bare.columns), ["step", "value"])
            log = run["log"].fetch_values()
            self.assertEqual(list(log["value"]), ["epoch 0", "epoch 1"])
            self.assertEqual(log["value"].dtype, object)

    def test_fetch_values_of_a_debug_run(self):
        with self.init_run(mode="debug") as run:
            run["loss"].extend([1, 2], steps=[5, 6])
            frame = run["loss"].fetch_values()
        self.assertEqual(list(frame["step"]), [5, 6])
        self.assertEqual(list(frame["value"]), [1.0, 2.0])
        self.assertEqual(frame["value"].dtype, "float64")

    def test_a_data_frame_uploaded_as_html(self):
        frame = pandas.DataFrame({"epoch": [1, 2], "loss": [0.5, 0.25]})
        self.live["table"].upload(frame)
        self.live["table2"].upload(File.as_html(frame))
        self.live.wait()
        for path in ("table", "table2"):
            target = self.workdir + "/" + path + ".html"
            self.live[path].download(target)
            with open(target, encoding="utf-8") as file:
                html = file.read()
            self.assertIn("<table", html)
            self.assertIn("0.25", html)


if __name__ == "__main__":
    unittest.main()
