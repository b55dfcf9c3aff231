"""Test support of the test_integrations_* suites: skipping a suite whose library is missing, reading series."""

import importlib.util
import time
import unittest

from nereidtest import ServerTestCase

SUITE_SKIPPED = "the whole suite is skipped"  # tests/python/CMakeLists.txt reports such a suite as skipped to ctest


def needs(*modules):
    """Skips the test class unless every module is importable."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    return unittest.skipIf(missing, "%s is not installed (%s)" % (", ".join(missing), SUITE_SKIPPED))


def has(module):
    return importlib.util.find_spec(module) is not None


def points(handler):
    """A series' (step, value) pairs, from a pandas DataFrame or the plain rows fetch_values() gives."""
    rows = handler.fetch_values(include_timestamp=False)
    if hasattr(rows, "itertuples"):
        return [(int(row.step), row.value) for row in rows.itertuples()]
    return [(int(step), value) for step, value in rows]


def values(handler):
    return [value for _, value in points(handler)]


class IntegrationTestCase(ServerTestCase):
    """Prints how long each suite took, as the brief asks each to stay under about 20 s."""

    @classmethod
    def setUpClass(cls):
        cls._started = time.monotonic()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        print("\n%s took %.1f s" % (cls.__name__, time.monotonic() - cls._started))
