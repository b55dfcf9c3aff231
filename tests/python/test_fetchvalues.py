"""fetch_values() of long series (issue 15): a float series comes in the server's binary form, and the rows are
the ones the JSON array per point gave, NaN and infinities among them, across pages of 100,000 points."""

import json
import math
import unittest
import urllib.parse
import urllib.request

from nereidtest import ServerTestCase

from nereid import _binarypoints, _fetch
from nereid.exceptions import NereidError

COUNT = 250000  # three pages


def wire_value(i):
    if i % 7 == 3:
        return "NaN"
    if i % 11 == 5:
        return "Infinity"
    if i % 13 == 6:
        return "-Infinity"
    return math.sin(i * 0.01) / (1 + i % 5) if i % 17 else i // 17  # whole values too


def same(a, b):
    """Equal rows, NaN equal to NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


class FetchValuesTest(ServerTestCase):
    PROJECT = "fetch/values"

    @classmethod
    def setUpClass(cls):
        """One run for every test, written with plain HTTP."""
        super().setUpClass()
        cls.server.api("POST", "/projects", {"name": cls.PROJECT})
        cls.id = cls.server.api("POST", "/projects/%s/runs" % cls.PROJECT, {})["id"]
        for start in range(0, COUNT, 50000):
            points = [[i * 2, wire_value(i), 1763805600 + i * 0.25] for i in range(start, min(COUNT, start + 50000))]
            operations = [{"op": "append", "path": "train/loss", "type": "floatSeries", "points": points}]
            if start == 0:
                lines = [[i, "line %d" % i, 1763805600 + i] for i in range(5)]
                operations.append({"op": "append", "path": "train/log", "type": "stringSeries", "points": lines})
            cls.server.api("POST", "/runs/%s/operations" % cls.id, {"operations": operations})

    def open_run(self):
        return self.init_run(project=self.PROJECT, mode="read-only", with_id=self.id)

    def json_pages(self, path):
        """The series' points as the client read them before: JSON arrays per point, 100,000 a page."""
        points, start = [], None
        while True:
            query = {"path": path, "limit": 100000, **({} if start is None else {"from": repr(start)})}
            request = urllib.request.Request(
                "%s/api/v1/runs/%s/series?%s" % (self.server.url, self.id, urllib.parse.urlencode(query)),
                headers={"Authorization": "Bearer " + self.server.token},
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                page = json.loads(response.read())
            points += page["points"]
            start = page["next"]
            if start is None:
                return points

    def assert_same_rows(self, got, want):
        if hasattr(got, "to_dict"):  # pandas is importable
            got, want = list(got.itertuples(index=False)), list(want.itertuples(index=False))
        self.assertEqual(len(got), len(want))
        for index, (row, expected) in enumerate(zip(got, want)):
            if len(row) != len(expected) or not all(same(a, b) for a, b in zip(row, expected)):
                self.fail("row %d is %r, not %r" % (index, row, expected))

    def test_float_series_rows_as_before(self):
        before = self.json_pages("train/loss")
        self.assertEqual(len(before), COUNT)
        pages = []
        decode = _binarypoints.decode
        _binarypoints.decode = lambda body, path: pages.append(len(body)) or decode(body, path)
        try:
            with self.open_run() as run:
                for timestamps in (True, False):
                    got = run["train/loss"].fetch_values(include_timestamp=timestamps)
                    self.assert_same_rows(got, _fetch.rows(before, True, timestamps))
        finally:
            _binarypoints.decode = decode
        self.assertEqual(len(pages), 6)  # three binary pages each time
        self.assertEqual({p[1] for p in before if isinstance(p[1], str)}, {"NaN", "Infinity", "-Infinity"})

    def test_string_series_rows_as_before(self):
        with self.open_run() as run:
            got = run["train/log"].fetch_values()
            self.assert_same_rows(got, _fetch.rows(self.json_pages("train/log"), False, True))

    def test_a_server_without_the_binary_form(self):
        # A server older than the binary form ignores the Accept header and answers JSON, which is read as before.
        saved = _binarypoints.ACCEPT
        _binarypoints.ACCEPT = "application/json"
        try:
            with self.open_run() as run:
                got = run["train/loss"].fetch_values()
        finally:
            _binarypoints.ACCEPT = saved
        self.assert_same_rows(got, _fetch.rows(self.json_pages("train/loss"), True, True))



class DecodeTest(unittest.TestCase):
    """The binary form read by the client alone: what a proxy or a broken server could send is refused clearly."""

    def test_garbage_is_a_clear_error(self):
        page = _binarypoints._HEADER.pack(b"NRDP", 1, 1, 2, 5.0) + bytes(48)
        (steps, values, stamps), next_step = _binarypoints.decode(page, "x")
        self.assertEqual((list(steps), next_step), ([0.0, 0.0], 5.0))
        for body, reason in (
            (page[:20], "fewer than the 24"),
            (page[:-8], "announces 2 points"),
            (page + bytes(3), "announces 2 points"),
            (b"{}" + page[2:], "NRDP"),
            (page[:4] + b"\x02" + page[5:], "version 2"),
            (page[:6] + b"\x04" + page[7:], "flags"),
        ):
            with self.assertRaises(NereidError) as caught:
                _binarypoints.decode(body, "train/loss")
            self.assertIn(reason, str(caught.exception))
            self.assertIn("train/loss", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
