"""Project metadata (issue 21, item 2): `project["general/brief"]` written, appended, fetched and deleted as a
run's field, in the async, sync, read-only and debug modes, against a real server. The metadata object is made by
the first write only: opening a project to read its tables creates nothing, and a viewer still reads."""

import unittest

from nereidtest import ServerTestCase

import nereid
from nereid import exceptions


class ProjectMetadataTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.key = self.server.api("GET", "/projects/" + self.project)["key"]

    def metadata(self):
        return self.server.api("GET", "/projects/%s/metadata" % self.project)

    def assert_no_metadata(self):
        with self.assertRaises(Exception) as caught:
            self.metadata()
        self.assertEqual(caught.exception.code, 404)

    def test_async_assign_append_fetch_delete(self):
        with nereid.init_project(flush_period=0.1) as project:
            project.fetch_runs_table()
            self.assertEqual(project.fetch_info()["key"], self.key)
            self.assertFalse(project.exists("general/brief"))
            self.assertNotIn("general/brief", project)
            with self.assertRaises(exceptions.MissingFieldException):
                project["general/brief"].fetch()
            self.assert_no_metadata()  # reading made nothing
            project["general/brief"] = "fraud models"
            project["general/tags"] = {"team": "risk", "quarter": 4}
            project["data/rows"].append(100.0)
            project["data/rows"].extend([200.0, 300.0])
            project["scratch"] = 1
            del project["scratch"]
            self.assertEqual(project["general/brief"].fetch(), "fraud models")  # waits for the queue
            self.assertEqual(project["data/rows"].fetch_last(), 300.0)
            self.assertEqual(project.fetch()["general"]["tags"], {"team": "risk", "quarter": 4})
            self.assertEqual(project.fetch()["sys"]["id"], self.key)
            self.assertTrue("general/brief" in project)
            self.assertEqual(sorted(project.get_structure()["general"]), ["brief", "tags"])
        stored = self.metadata()
        self.assertEqual((stored["id"], stored["kind"]), (self.key, "project"))
        self.assertEqual(stored["fields"]["general/brief"]["value"], "fraud models")
        self.assertEqual(stored["fields"]["data/rows"]["count"], 3)
        self.assertNotIn("scratch", stored["fields"])
        self.assertEqual(self.server.api("GET", "/projects/%s/runs" % self.project)["total"], 0)

    def test_sync_read_only_and_debug(self):
        with nereid.init_project(mode="read-only") as reader:
            self.assertFalse(reader.exists("general"))
            reader["general/brief"] = "not written"  # read-only: ignored with a warning
        self.assert_no_metadata()
        with nereid.init_project(mode="sync") as project:
            project.assign({"general": {"brief": "v1", "size": 3}})
            with self.assertRaises(exceptions.MetadataInconsistency):
                project["general/size"] = "three"  # a number field: sync mode raises at once
            project.pop("general/size")
            self.assertEqual(project.fetch()["general"], {"brief": "v1"})
        with nereid.init_project(mode="read-only") as reader:
            self.assertEqual(reader["general/brief"].fetch(), "v1")
            self.assertEqual(reader["sys/name"].fetch(), self.project.split("/")[1])
        with nereid.init_project(mode="debug") as debug:
            debug["general/brief"] = "in memory"
            self.assertEqual(debug["general/brief"].fetch(), "in memory")
        self.assertEqual(self.metadata()["fields"]["general/brief"]["value"], "v1")
        with self.assertRaises(exceptions.NeptuneException) as caught:
            nereid.init_project(mode="offline")
        self.assertEqual(str(caught.exception), "Project can't be initialized in OFFLINE mode")

    def test_viewer_reads_tables_and_metadata_but_cannot_write(self):
        with nereid.init_project(mode="sync") as project:
            project["general/brief"] = "shared"
        self.server.admin("user", "add", "vic")
        self.server.admin("member", "add", "test", "vic", "viewer")
        token = self.server.admin("token", "create", "--user", "vic")
        with nereid.init_project(api_token=token) as project:  # async, the default mode
            self.assertEqual(len(project.fetch_models_table().to_rows()), 0)
            self.assertEqual(project["general/brief"].fetch(), "shared")
        with nereid.init_project(api_token=token, mode="sync") as project:
            with self.assertRaises(exceptions.Forbidden):
                project["general/brief"] = "mine"
        self.assertEqual(self.metadata()["fields"]["general/brief"]["value"], "shared")


if __name__ == "__main__":
    unittest.main()
