"""Projects: the management API, init_project and fetch_runs_table with its filters."""

import getpass
import math
import sys
import unittest
from unittest import mock

from nereidtest import ServerTestCase

import nereid
from nereid import _listing, management

try:
    import pandas
except ImportError:  # python3-pandas (dev.sh installs it); without it the DataFrame test says it was skipped
    pandas = None


class ManagementTest(ServerTestCase):
    def test_create_and_list_projects(self):
        name = management.create_project("test/created", key="CRT", description="made by a test")
        self.assertEqual(name, "test/created")
        self.assertIn("test/created", management.get_project_list())
        self.assertEqual(management.get_project("test/created")["key"], "CRT")
        bare = management.create_project("bare")  # in the token user's workspace
        self.assertEqual(bare.split("/")[1], "bare")
        self.assertIn(bare, management.get_project_list())
        with self.assertRaises(nereid.NereidError) as caught:
            management.create_project("test/created")
        self.assertEqual(caught.exception.code, "project_exists")
        with self.assertRaises(nereid.NereidError) as caught:
            management.create_project("test/bad name")
        self.assertEqual(caught.exception.code, "invalid_project_name")


class RunsTableTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.ids = []
        specs = [("a", 0.1, ["best", "x"], False), ("b", 0.3, ["x"], True), ("c", 0.2, [], False)]
        for name, lr, tags, failed in specs:
            with self.init_run(mode="sync", name=name, tags=tags) as run:
                run["params/lr"] = lr
                run["loss"].extend([1.0, lr])
                run["sys/failed"] = failed
                self.ids.append(run["sys/id"].fetch())
        self.active = self.init_run(mode="sync", name="live")
        self.ids.append(self.active["sys/id"].fetch())

    def tearDown(self):
        self.active.stop()
        super().tearDown()

    def table(self, **kwargs):
        with nereid.init_project(project=self.project, mode="read-only") as project:
            return project.fetch_runs_table(**kwargs).to_rows()

    def names(self, **kwargs):
        return [row["sys/name"].get() for row in self.table(**kwargs)]

    def test_all_runs_newest_first_with_values(self):
        rows = self.table()
        self.assertEqual([row["sys/id"].get() for row in rows], self.ids[::-1])
        by_name = {row["sys/name"].get(): row for row in rows}
        self.assertEqual(by_name["b"]["params/lr"].get(), 0.3)
        self.assertEqual(by_name["b"]["loss"].get(), 0.3)  # a series shows its last value
        self.assertEqual(by_name["a"]["sys/tags"].get(), {"best", "x"})
        self.assertEqual(by_name["a"].get_attribute_type("params/lr"), "float")

    def test_sort_limit_and_columns(self):
        self.assertEqual(self.names(sort_by="params/lr", ascending=True), ["a", "c", "b", "live"])
        self.assertEqual(self.names(sort_by="params/lr"), ["b", "c", "a", "live"])
        self.assertEqual(self.names(sort_by="sys/name", ascending=True, limit=2), ["a", "b"])
        row = self.table(columns=["params/lr"], sort_by="params/lr", limit=1)[0]
        self.assertEqual(set(row.keys()), {"sys/id", "params/lr"})

    def test_filters(self):
        self.assertEqual(self.names(state="active"), ["live"])
        self.assertEqual(sorted(self.names(state="inactive")), ["a", "b", "c"])
        self.assertEqual(sorted(self.names(tag="x")), ["a", "b"])
        self.assertEqual(self.names(tag=["x", "best"]), ["a"])
        self.assertEqual(len(self.names(owner=getpass.getuser())), 4)
        self.assertEqual(self.names(owner="somebody-else"), [])
        self.assertEqual(sorted(self.names(id=self.ids[:2])), ["a", "b"])

    def test_query(self):
        self.assertEqual(sorted(self.names(query="params/lr > 0.15")), ["b", "c"])
        self.assertEqual(self.names(query='sys/tags CONTAINS "best"'), ["a"])
        self.assertEqual(self.names(query="sys/failed = true"), ["b"])
        self.assertEqual(self.names(query="params/lr > 0.15", tag="x"), ["b"])
        with self.assertRaises(nereid.NereidError) as caught:
            self.table(query="params/lr >")
        self.assertEqual(caught.exception.code, "invalid_query")

    def test_pages(self):
        with mock.patch.object(_listing, "PAGE_SIZE", 3):
            self.assertEqual(self.names(sort_by="sys/name", ascending=True), ["a", "b", "c", "live"])
            self.assertEqual(self.names(sort_by="sys/name", ascending=True, limit=4), ["a", "b", "c", "live"])
            self.assertEqual(self.names(sort_by="sys/name", limit=2), ["live", "c"])

    def test_pages_while_runs_are_created(self):
        # A run logged after each of the first pages, newest first: it comes before the pages already read, so it
        # is not seen; with offsets it pushed the last run read into the next page, which listed it again.
        with nereid.init_project(project=self.project, mode="read-only") as project:
            request = project._client.request
            pages = []

            def request_and_log(method, route, *args, **kwargs):
                answer = request(method, route, *args, **kwargs)
                if method == "GET" and route.endswith("/runs") and len(pages) < 5:
                    pages.append(self.server.api("POST", "/projects/%s/runs" % self.project, {"name": "new"}))
                return answer

            with mock.patch.object(_listing, "PAGE_SIZE", 1), mock.patch.object(
                project._client, "request", side_effect=request_and_log
            ):
                names = [row["sys/name"].get() for row in project.fetch_runs_table().to_rows()]
        self.assertEqual(names, ["live", "c", "b", "a"])

    def test_trashed(self):
        self.server.api("POST", "/runs/%s/trash" % self.ids[0])
        self.assertNotIn("a", self.names())
        self.assertEqual(self.names(trashed=True), ["a"])
        self.assertEqual(len(self.names(trashed=None)), 4)

    @unittest.skipUnless(pandas, "pandas is not installed")
    def test_to_pandas(self):
        with nereid.init_project(project=self.project) as project:
            frame = project.fetch_runs_table().to_pandas()
        self.assertIsInstance(frame, pandas.DataFrame)
        self.assertEqual(len(frame), 4)
        self.assertEqual(list(frame["sys/name"]), ["live", "c", "b", "a"])  # newest first, as the table
        self.assertEqual(list(frame["params/lr"])[1:], [0.2, 0.3, 0.1])
        self.assertTrue(math.isnan(frame["params/lr"][0]))  # the live run has none
        self.assertEqual(list(frame["sys/tags"])[1:], ["", "x", "best,x"])  # string sets joined, as Neptune shows them
        self.assertEqual(list(frame["loss"])[1:], [0.2, 0.3, 0.1])  # a series shows its last value

    def test_to_pandas_without_pandas(self):
        with nereid.init_project(project=self.project) as project:
            table = project.fetch_runs_table()
        with mock.patch.dict(sys.modules, {"pandas": None}):  # as if pandas were not installed
            with self.assertRaises(nereid.NereidError) as caught:
                table.to_pandas()
        self.assertEqual(caught.exception.code, "missing_pandas")
        self.assertIn("to_rows()", str(caught.exception))

    def test_unknown_project(self):
        with self.assertRaises(nereid.exceptions.UnknownProjectError):
            nereid.init_project(project="test/none")


if __name__ == "__main__":
    unittest.main()
