"""clients/python-neptune: unchanged `import neptune` and `from neptune_scale import Run` scripts, run in a
temporary virtual environment where both distributions are installed (as a user installs them), against a real
server; what they logged is read back from the server's HTTP API.

The environment is made once per class: `python3 -m venv --system-site-packages`, then `pip install --no-index
--no-build-isolation --no-deps` of copies of clients/python and clients/python-neptune (so no build folder lands
in the source tree and pip never reaches the network).
"""

import os
import shutil
import subprocess
import sys
import textwrap
import unittest
import urllib.parse

from nereidtest import ROOT, ServerTestCase

import nereid

# setuptools builds the wheel pip installs: it needs the wheel package (setuptools < 70.1) or its own bdist_wheel.
_CAN_BUILD = """
import setuptools
try:
    import wheel
except ImportError:
    import setuptools.command.bdist_wheel
"""

NEPTUNE_SCRIPT = """
import importlib.metadata

import neptune
from neptune.exceptions import InactiveRunException, NeptuneException
from neptune.handler import Handler
from neptune.internal.utils import verify_type
from neptune.metadata_containers import MetadataContainer, Model, ModelVersion, Project, Run
from neptune.types import File
from neptune.utils import stringify_unsupported

run = neptune.init_run(custom_run_id="shim-run", name="unchanged", tags=["shim"], capture_hardware_metrics=False)
assert isinstance(run, neptune.Run) and isinstance(run["params"], Handler)
assert isinstance(run, Run) and isinstance(run, MetadataContainer) and Run is neptune.Run
assert Model is neptune.Model and ModelVersion is neptune.ModelVersion and Project is neptune.Project
assert issubclass(InactiveRunException, NeptuneException)
verify_type("run", run, (neptune.Run, type(None)))  # as Hugging Face's NeptuneCallback checks its arguments
try:
    verify_type("name", 3, (str, type(None)))
except TypeError as error:
    print("typecheck", error)
run["params"] = stringify_unsupported({"lr": 0.01, "optimizer": "Adam", "layers": [64, 32]})
for epoch in range(10):
    run["train/loss"].append(1.0 / (epoch + 1))
run["model/summary"].upload(File.from_content("two dense layers", extension="txt"))
run.wait()
print("id", run["sys/id"].fetch())
print("lr", run["params/lr"].fetch())
print("last", run["train/loss"].fetch_last())
print("version", neptune.__version__, importlib.metadata.version("neptune"))
try:
    import pkg_resources  # how Lightning's RequirementCache("neptune>=1.0") decides whether Neptune is there
except ImportError:
    print("requirement met")
else:
    pkg_resources.require("neptune>=1.0")
    print("requirement met")
run.stop()
"""

SCALE_SCRIPT = """
from neptune_scale import Run
from neptune_scale.exceptions import NeptuneScaleError
from neptune_scale.types import File

if __name__ == "__main__":
    with Run(run_id="shim-scale", experiment_name="scale-exp", enable_console_log_capture=False) as run:
        run.log_configs({"params/lr": 0.01, "params/layers": ["conv", "dense"]})
        for step in range(10):
            run.log_metrics(data={"train/loss": 1.0 / (step + 1)}, step=step)
        run.add_tags(["scale"])
        run.assign_files({"model/summary": File(source=b"dense", mime_type="text/plain")})
        try:
            run.log_histograms({"weights": None}, step=1)
        except NeptuneScaleError as error:
            print("refused", type(error).__name__)
        print("processed", run.wait_for_processing(timeout=30))
"""

MODELS_SCRIPT = """
import neptune
from neptune.exceptions import ModelNotFound, ModelVersionNotFound, NeptuneModelKeyAlreadyExistsError

project = neptune.init_project()
project["general/brief"] = "fraud models"
model = neptune.init_model(key="FRAUD", name="fraud detector")
assert isinstance(model, neptune.Model)
model["params/max_depth"] = 6
model_version = neptune.init_model_version(model=model["sys/id"].fetch())
assert isinstance(model_version, neptune.ModelVersion)
model_version["val/acc"] = 0.93
model_version.change_stage("production")
print("version", model_version["sys/id"].fetch(), model_version["sys/stage"].fetch())
missing = []
for open_missing in (lambda: neptune.init_model(with_id="NOPE-MOD"),
                     lambda: neptune.init_model_version(with_id=model["sys/id"].fetch() + "-9")):
    try:
        open_missing()
    except (ModelNotFound, ModelVersionNotFound) as error:
        missing.append(type(error).__name__)
print("missing", ",".join(missing))
try:
    neptune.init_model(key="FRAUD")
except NeptuneModelKeyAlreadyExistsError:
    print("taken FRAUD")
model_version.stop()
print("versions", len(model.fetch_model_versions_table().to_rows()))
print("models", len(project.fetch_models_table().to_rows()))
print("brief", project["general/brief"].fetch())
model.stop()
project.stop()
"""

INTEGRATIONS_SCRIPT = """
import neptune.integrations.demo as by_neptune
import neptune.integrations.demo.inner
import nereid.integrations.demo as by_nereid
import nereid.integrations.demo.inner
from neptune.integrations.utils import join_paths

assert by_neptune is by_nereid, (by_neptune, by_nereid)
assert neptune.integrations.demo.inner is nereid.integrations.demo.inner
assert by_nereid.inner.LOADS == 1, "loaded once, under one name"
print("same", by_neptune.__name__, join_paths("a", "", "b"))
try:
    import neptune.integrations.nothing_like_this
except ModuleNotFoundError as error:
    print("missing", error)
"""


def _builder_python():
    """An interpreter that can build the distributions: this one, else Debian's (a pyenv Python may lack wheel)."""
    for python in (sys.executable, "/usr/bin/python3"):
        can_build = os.access(python, os.X_OK) and subprocess.run([python, "-c", _CAN_BUILD], capture_output=True)
        if can_build and can_build.returncode == 0:
            return python
    return None


class NeptuneShimTest(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        python = _builder_python()
        if python is None:
            raise unittest.SkipTest("no Python here has setuptools and wheel to build the distributions")
        super().setUpClass()
        venv = os.path.join(cls.tmp, "venv")
        subprocess.run([python, "-m", "venv", "--system-site-packages", venv], check=True, timeout=120)
        sources = []
        for name in ("python", "python-neptune"):
            copy = os.path.join(cls.tmp, "src", name)
            shutil.copytree(os.path.join(ROOT, "clients", name), copy,
                            ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
            sources.append(copy)
        env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INDEX="1")
        env.pop("PYTHONPATH", None)
        done = subprocess.run(
            [os.path.join(venv, "bin", "pip"), "install", "--no-index", "--no-build-isolation", "--no-deps", *sources],
            capture_output=True, text=True, timeout=300, env=env)
        if done.returncode != 0:
            super().tearDownClass()
            raise AssertionError("pip install failed:\n" + done.stdout + done.stderr)
        cls.venv_python = os.path.join(venv, "bin", "python")

    def setUp(self):
        super().setUp()
        # An unchanged script finds the server's token and project under Neptune's names; only the address is
        # nereid's (NEREID_API_URL).
        os.environ["NEPTUNE_API_TOKEN"] = os.environ.pop("NEREID_API_TOKEN")
        os.environ["NEPTUNE_PROJECT"] = os.environ.pop("NEREID_PROJECT")

    def run_script(self, code, name="script.py"):
        path = os.path.join(self.workdir, name)
        with open(path, "w") as file:
            file.write(textwrap.dedent(code))
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)  # the installed copies, not the source tree
        done = subprocess.run([self.venv_python, path], cwd=self.workdir, env=env, capture_output=True, text=True,
                              timeout=120)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        return dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)

    def server_run(self, custom_id):
        query = urllib.parse.quote('sys/custom_run_id = "%s"' % custom_id)
        runs = self.server.api("GET", "/projects/%s/runs?query=%s" % (self.project, query))["runs"]
        self.assertEqual(len(runs), 1)
        return runs[0]

    def read_back(self, run_id, path):
        """The last value of a series, read with nereid (in this process, from the source tree)."""
        reader = nereid.init_run(with_id=run_id, mode="read-only")
        try:
            return reader[path].fetch_last()
        finally:
            reader.stop()

    def test_unchanged_neptune_script(self):
        said = self.run_script(NEPTUNE_SCRIPT)
        stored = self.server_run("shim-run")
        self.assertEqual(said["id"], stored["id"])
        self.assertEqual(float(said["lr"]), 0.01)
        self.assertEqual(float(said["last"]), 0.1)
        self.assertEqual(said["version"], "1.14.0 1.14.0+nereid.0.1.0")
        self.assertEqual(said["requirement"], "met")
        self.assertEqual(said["typecheck"], "name must be a str or NoneType (was <class 'int'>)")
        self.assertEqual(stored["sys"]["name"], "unchanged")
        self.assertEqual(stored["sys"]["tags"], ["shim"])
        self.assertEqual(stored["sys"]["state"], "inactive")
        fields = stored["fields"]
        self.assertEqual(fields["params/optimizer"]["value"], "Adam")
        self.assertEqual(fields["params/layers"]["value"], "[64, 32]")
        self.assertEqual(fields["train/loss"]["count"], 10)
        self.assertEqual(fields["model/summary"]["type"], "file")
        self.assertAlmostEqual(self.read_back(stored["id"], "train/loss"), 0.1)

    def test_unchanged_neptune_scale_script(self):
        said = self.run_script(SCALE_SCRIPT)
        self.assertEqual(said["refused"], "NeptuneUnsupportedByNereid")
        self.assertEqual(said["processed"], "True")
        stored = self.server_run("shim-scale")
        self.assertEqual(stored["sys"]["name"], "scale-exp")
        self.assertEqual(stored["sys"]["tags"], ["scale"])
        self.assertEqual(stored["fields"]["params/lr"]["value"], 0.01)
        self.assertEqual(sorted(stored["fields"]["params/layers"]["value"]), ["conv", "dense"])
        points = self.server.points(stored["id"], "train/loss")
        self.assertEqual([p[0] for p in points], list(range(10)))
        self.assertEqual(stored["fields"]["model/summary"]["type"], "file")
        self.assertAlmostEqual(self.read_back(stored["id"], "train/loss"), 0.1)

    def test_unchanged_model_registry_script(self):
        said = self.run_script(MODELS_SCRIPT)
        key = self.server.api("GET", "/projects/" + self.project)["key"]
        self.assertEqual(said["version"], "%s-FRAUD-1 production" % key)
        self.assertEqual(said["missing"], "UnknownModelError,UnknownModelVersionError")  # nereid's subclasses
        self.assertEqual(said["taken"], "FRAUD")
        self.assertEqual((said["versions"], said["models"], said["brief"]), ("1", "1", "fraud models"))
        stored = self.server.run(key + "-FRAUD-1")
        self.assertEqual((stored["sys"]["stage"], stored["fields"]["val/acc"]["value"]), ("production", 0.93))
        self.assertEqual(self.server.run(key + "-FRAUD")["fields"]["params/max_depth"]["value"], 6)

    def test_integrations_are_nereids_modules(self):
        where = "import nereid, os; print(os.path.dirname(nereid.__file__))"
        nereid_dir = subprocess.run([self.venv_python, "-c", where], capture_output=True, text=True, check=True,
                                    cwd=self.workdir).stdout.strip()
        folder = os.path.join(nereid_dir, "integrations", "demo")  # in the environment's copy, not the source tree
        os.makedirs(folder)
        if not os.path.exists(os.path.join(nereid_dir, "integrations", "__init__.py")):
            open(os.path.join(nereid_dir, "integrations", "__init__.py"), "w").close()
        open(os.path.join(folder, "__init__.py"), "w").close()
        with open(os.path.join(folder, "inner.py"), "w") as file:
            file.write("import builtins\nbuiltins.DEMO_LOADS = getattr(builtins, 'DEMO_LOADS', 0) + 1\n"
                       "LOADS = builtins.DEMO_LOADS\n")
        try:
            said = self.run_script(INTEGRATIONS_SCRIPT)
        finally:
            shutil.rmtree(folder)
        self.assertEqual(said["same"], "nereid.integrations.demo a/b")
        self.assertIn("nereid.integrations.nothing_like_this", said["missing"])
