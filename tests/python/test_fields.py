"""Every field call in sync mode, read back from the server with plain HTTP."""

import datetime as dt
import math
import sys
import unittest
from unittest import mock

from nereidtest import ServerTestCase

import nereid

try:
    import pandas
except ImportError:  # python3-pandas (dev.sh installs it); without it the DataFrame tests say they were skipped
    pandas = None


class FieldsTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.run = self.init_run(mode="sync", name="fields", tags=["t1"])
        self.id = self.run["sys/id"].fetch()

    def tearDown(self):
        self.run.stop()
        super().tearDown()

    def fields(self):
        """The run's fields on the server, less the monitoring namespace every live run has."""
        fields = self.server.run(self.id)["fields"]
        return {path: field for path, field in fields.items() if not path.startswith("monitoring/")}

    def test_atoms_of_every_type(self):
        when = dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.timezone.utc)
        self.run["a/float"] = 0.25
        self.run["a/int"] = 7
        self.run["a/bool"] = True
        self.run["a/str"] = "Adam"
        self.run["a/when"] = when
        self.run["a/int"].assign(8)
        fields = self.fields()
        self.assertEqual(fields["a/float"], {"type": "float", "value": 0.25})
        self.assertEqual(fields["a/int"], {"type": "int", "value": 8})
        self.assertEqual(fields["a/bool"], {"type": "bool", "value": True})
        self.assertEqual(fields["a/str"], {"type": "string", "value": "Adam"})
        self.assertEqual(fields["a/when"]["value"], "2026-01-02T03:04:05.678Z")
        self.assertEqual(self.run["a/when"].fetch(), when)
        self.assertEqual(self.run["a/float"].fetch(), 0.25)

    def test_dict_assigns_a_namespace_and_handlers_nest(self):
        self.run["params"] = {"lr": 0.1, "opt": {"name": "sgd", "momentum": 0.9}}
        params = self.run["params"]
        params["batch"] = 32
        params["opt"]["nesterov"] = False
        self.run.assign({"data": {"set": "mnist"}})
        self.assertEqual(
            self.run["params"].fetch(),
            {"lr": 0.1, "batch": 32, "opt": {"name": "sgd", "momentum": 0.9, "nesterov": False}},
        )
        self.assertEqual(self.run.fetch()["data"], {"set": "mnist"})
        self.assertEqual(self.run.fetch()["sys"]["name"], "fields")

    def test_append_and_extend_with_steps_and_timestamps(self):
        loss = self.run["train/loss"]
        loss.append(1.0)
        loss.append(0.5, step=5, timestamp=1700000000.5)
        loss.extend([0.4, float("nan"), float("inf")], steps=[6, 7, 8])
        self.run["train/log"].append("epoch 0")
        self.run["train/log"].extend(["epoch 1", "epoch 2"])
        self.run["metrics"].append({"acc": 0.5, "f1": 0.25}, step=3)
        points = self.server.points(self.id, "train/loss")
        self.assertEqual([p[0] for p in points], [0, 5, 6, 7, 8])
        self.assertEqual(points[1][1:], [0.5, 1700000000.5])
        self.assertEqual(points[3][1], "NaN")
        self.assertEqual(self.run["train/loss"].fetch_last(), math.inf)
        self.assertEqual(self.run["train/log"].fetch_last(), "epoch 2")
        self.assertEqual(self.run["metrics/f1"].fetch_last(), 0.25)
        with mock.patch.dict(sys.modules, {"pandas": None}):  # as if pandas were not installed: rows
            rows = self.run["train/log"].fetch_values()
        self.assertIsInstance(rows, list)
        self.assertEqual([(r[0], r[1]) for r in rows], [(0, "epoch 0"), (1, "epoch 1"), (2, "epoch 2")])
        self.assertIsInstance(rows[0][2], dt.datetime)

    @unittest.skipUnless(pandas, "pandas is not installed")
    def test_series_values_as_a_data_frame(self):
        loss = self.run["train/loss"]
        loss.extend([0.5, float("nan"), float("inf")], steps=[1, 2, 3], timestamps=[1700000000.5] * 3)
        self.run["train/log"].extend(["epoch 0", "epoch 1"])
        frame = self.run["train/loss"].fetch_values()
        self.assertIsInstance(frame, pandas.DataFrame)
        self.assertEqual(list(frame.columns), ["step", "value", "timestamp"])
        self.assertEqual(list(frame["step"]), [1, 2, 3])
        self.assertEqual(frame["value"][0], 0.5)
        self.assertTrue(math.isnan(frame["value"][1]))
        self.assertEqual(frame["value"][2], math.inf)
        self.assertEqual(frame["timestamp"][0], dt.datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=dt.timezone.utc))
        bare = self.run["train/loss"].fetch_values(include_timestamp=False)
        self.assertEqual(list(bare.columns), ["step", "value"])
        log = self.run["train/log"].fetch_values()
        self.assertEqual(list(log.itertuples(index=False, name=None))[1][:2], (1, "epoch 1"))

    def test_string_sets_add_remove_clear(self):
        tags = self.run["sys/tags"]
        tags.add(["a", "b"])
        tags.add("c")
        tags.remove("t1")
        self.assertEqual(set(self.server.run(self.id)["sys"]["tags"]), {"a", "b", "c"})
        self.run["sys/group_tags"].add("g")
        self.run["sys/tags"].clear()
        self.assertEqual(self.run["sys/tags"].fetch(), set())
        self.assertEqual(self.run["sys/group_tags"].fetch(), {"g"})
        self.run["my/set"].add(["x", "y"])
        self.run["my/set"].remove("x")
        self.assertEqual(self.fields()["my/set"], {"type": "stringSet", "value": ["y"]})

    def test_delete_field_and_namespace(self):
        self.run["p/a"] = 1
        self.run["p/b/c"] = 2
        self.run["q"] = 3
        del self.run["p/a"]
        self.assertEqual(set(self.fields()), {"p/b/c", "q"})
        self.run["p"].pop()
        self.assertEqual(set(self.fields()), {"q"})
        self.assertFalse(self.run.exists("p"))
        self.assertTrue(self.run.exists("q"))

    def test_exists_and_structure(self):
        self.run["x/y/z"] = 1
        self.run["x/s"].append(1.0)
        self.assertTrue(self.run.exists("x"))
        self.assertTrue(self.run.exists("x/y/z"))
        self.assertTrue(self.run.exists("sys/hostname"))
        self.assertFalse(self.run.exists("x/nope"))
        structure = self.run.get_structure()
        self.assertEqual(set(structure["x"]), {"y", "s"})
        self.assertEqual(structure["x"]["y"]["z"].path, "x/y/z")
        self.assertIn("id", structure["sys"])

    def test_sys_fields_written_by_the_client(self):
        self.run["sys/name"] = "renamed"
        self.run["sys/description"] = "about"
        sys_fields = self.server.run(self.id)["sys"]
        self.assertEqual((sys_fields["name"], sys_fields["description"]), ("renamed", "about"))
        self.assertTrue(sys_fields["hostname"])
        self.assertEqual(self.run["sys/hostname"].fetch(), sys_fields["hostname"])
        self.assertEqual(self.run["sys/state"].fetch(), "Active")  # Neptune's spelling; the server stores "active"

    def test_wait_sync_and_context_manager(self):
        with self.init_run(mode="sync") as other:
            other["v"] = 1
            other.wait()
            other.sync()
            other_id = other["sys/id"].fetch()
        answer = self.server.run(other_id)
        self.assertEqual(answer["fields"]["v"]["value"], 1)
        self.assertEqual(answer["sys"]["state"], "inactive")

    def test_neptune_helpers_log_and_stringify_unsupported(self):
        from nereid.utils import stringify_unsupported

        self.run["cfg"] = stringify_unsupported({"layers": [64, 32], "act": "relu", "opt": {"betas": (0.9, 0.99)}})
        self.run["old"].log(1.0)
        self.run["old"].log([2.0, 3.0])
        fields = self.fields()
        self.assertEqual(fields["cfg/layers"], {"type": "string", "value": "[64, 32]"})
        self.assertEqual(fields["cfg/act"]["value"], "relu")
        self.assertEqual(fields["cfg/opt/betas"]["value"], "(0.9, 0.99)")
        self.assertEqual(fields["old"]["count"], 3)

    def test_fetch_of_missing_field_names_it(self):
        with self.assertRaises(nereid.NereidError) as caught:
            self.run["nothing/here"].fetch()
        self.assertIn("nothing/here", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
