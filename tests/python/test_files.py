"""File, FileSet, FileSeries and Artifact fields: every client call against a real server and back."""

import hashlib
import io
import logging
import os
import signal
import subprocess
import sys
import urllib.request
import zipfile

from nereidtest import CLIENT, ServerTestCase

import nereid
from nereid.types import File, FileSeries, FileSet, GitRef



def python_with(*modules):
    """This interpreter, or the system's, when it can import ``modules``; else None."""
    for python in (sys.executable, "/usr/bin/python3"):
        check = "import " + ", ".join(modules)
        if os.path.exists(python) and subprocess.run([python, "-c", check], capture_output=True).returncode == 0:
            return python
    return None


IMAGES_SCRIPT = r"""
import hashlib, os, pickle
import numpy, pandas
from PIL import Image
import nereid
from nereid.types import File
picture = Image.new("RGB", (7, 5), (10, 200, 30))
array = numpy.zeros((4, 6, 3), dtype=numpy.uint8)
array[1, 2] = (255, 0, 128)
grey = numpy.linspace(0.0, 1.0, 12).reshape(3, 4)  # floats in [0, 1]: scaled to 0..255
frame = pandas.DataFrame({"epoch": [1, 2], "loss": [0.5, 0.25]})
with nereid.init_run(capture_stdout=False, capture_stderr=False, capture_hardware_metrics=False) as run:
    run["pil"].upload(File.as_image(picture))
    run["array"].upload(File.as_image(array))
    run["grey"].upload(File.as_image(grey))
    run["table"].upload(File.as_html(frame))
    run["obj"].upload(File.as_pickle({"a": [1, 2, 3]}))
    run["samples"].append(picture, name="a PIL image appended as it is")
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot
    figure = pyplot.figure(figsize=(2, 1), dpi=50)
    pyplot.plot([0, 1], [1, 0])
    run["figure"].upload(File.as_image(figure))
    run["figure_page"].upload(File.as_html(figure))
    run.wait()
    for name in ("pil", "array", "grey", "table", "obj", "figure", "figure_page"):
        run[name].download(name + "." + run[name].fetch_extension())
    run["samples"].download_last("sample.png")
assert Image.open("pil.png").getpixel((3, 3)) == (10, 200, 30)
assert (numpy.asarray(Image.open("array.png")) == array).all()
decoded = numpy.asarray(Image.open("grey.png"))
assert (decoded[0, 0], decoded[2, 3]) == (0, 255), decoded
assert "<td>0.25</td>" in open("table.html").read()
assert pickle.load(open("obj.pkl", "rb")) == {"a": [1, 2, 3]}
assert Image.open("sample.png").size == (7, 5)
assert Image.open("figure.png").size[0] > 50
assert open("figure_page.html").read().count('<img src="data:image/png;base64,') == 1
print("ok")
"""


def sha256(data):
    return hashlib.sha256(data).hexdigest()


class FilesTestCase(ServerTestCase):
    def setUp(self):
        super().setUp()
        self._cwd = os.getcwd()
        os.chdir(self.workdir)

    def tearDown(self):
        os.chdir(self._cwd)
        super().tearDown()

    def write(self, name, data):
        path = os.path.join(self.workdir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(data)
        return path

    def read(self, path):
        with open(path, "rb") as file:
            return file.read()

    def blob(self, digest):
        """A blob's bytes straight from the server (not through the client under test)."""
        workspace, project = self.project.split("/")
        request = urllib.request.Request("%s/api/v1/projects/%s/%s/blobs/%s" % (self.server.url, workspace, project,
                                                                             digest))
        request.add_header("Authorization", "Bearer " + self.server.token)
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()

    def fields(self, run_id):
        return self.server.run(run_id)["fields"]


class FileTest(FilesTestCase):
    def test_upload_of_a_path_downloads_the_same_bytes(self):
        data = os.urandom(3 << 20)  # above the size read into memory: copied into the queue instead
        self.write("model.pt", data)
        with self.init_run() as run:
            run["model"].upload("model.pt")
            run["small"] = File(self.write("notes.md", b"# notes\n"))
            run.wait()
            self.assertEqual(run["model"].fetch_extension(), "pt")
            self.assertEqual(run["model"].fetch_hash(), sha256(data))
            run["model"].download("out/")
            self.assertEqual(self.read("out/model.pt"), data)
            run["small"].download()
            self.assertEqual(self.read("small.md"), b"# notes\n")
            run_id = run._run_id
        field = self.fields(run_id)["model"]
        self.assertEqual(field["type"], "file")
        self.assertEqual((field["value"]["size"], field["value"]["name"]), (len(data), "model.pt"))
        self.assertEqual(self.blob(sha256(data)), data)

    def test_from_content_text_bytes_and_stream(self):
        with self.init_run() as run:
            run["text"].upload(File.from_content("zażółć\n"))
            run["bytes"].upload(File.from_content(b"\x00\x01", extension="bin"))
            run["stream"].upload(File.from_stream(io.BytesIO(b"xxabc"), seek=2, extension="dat"))
            run.wait()
            self.assertEqual(run["text"].fetch_extension(), "txt")
            run["text"].download("t.txt")
            run["bytes"].download("b")
            run["stream"].download("s")
        self.assertEqual(self.read("t.txt").decode("utf-8"), "zażółć\n")
        self.assertEqual(self.read("b"), b"\x00\x01")
        self.assertEqual(self.read("s"), b"abc")

    def test_images_html_and_pickle_round_trip(self):
        # PIL, numpy and pandas may be missing from the interpreter ctest found (a pyenv one, say) while the
        # system's has them: the script runs under the first interpreter that can import all three.
        python = python_with("PIL", "numpy", "pandas", "matplotlib")
        if python is None:
            self.skipTest("no Python interpreter here has PIL, numpy, pandas and matplotlib")
        done = subprocess.run([python, "-c", IMAGES_SCRIPT], cwd=self.workdir, capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=CLIENT), timeout=60)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertEqual(done.stdout.strip(), "ok")

    def test_a_missing_library_is_named(self):
        saved = {name: sys.modules.get(name) for name in ("numpy",)}
        sys.modules["numpy"] = None  # import numpy now raises ImportError, as where it is not installed
        try:
            with self.assertRaises(nereid.NereidError) as caught:
                File.as_image([[0, 1], [1, 0]])
        finally:
            for name, module in saved.items():
                if module is None:
                    del sys.modules[name]
                else:
                    sys.modules[name] = module
        self.assertIn("numpy", str(caught.exception))
        self.assertEqual(caught.exception.code, "missing_library")

    def test_as_image_of_something_else_is_refused(self):
        with self.assertRaises(nereid.NereidError) as caught:
            File.as_image(object())
        self.assertIn("PIL image, a matplotlib figure or a numpy array", str(caught.exception))

    def test_read_only_run_downloads(self):
        with self.init_run() as run:
            run["model"].upload(File.from_content(b"weights", extension="pt"))
            run_id = run._run_id
        reader = nereid.init_run(with_id=run_id, mode="read-only")
        reader["model"].download("again.pt")
        self.assertEqual(self.read("again.pt"), b"weights")
        reader.stop()
        with self.init_run(with_id=run_id, source_files=["again.pt"]) as resumed:  # it reads what it had
            self.assertEqual(resumed["model"].fetch_hash(), sha256(b"weights"))
            resumed["model"].download("resumed.pt")
            self.assertFalse(resumed.exists("source_code/files"), "a resumed run records no source code again")
        self.assertEqual(self.read("resumed.pt"), b"weights")

    def test_an_interrupted_download_resumes_with_range(self):
        data = os.urandom(100000)
        with self.init_run(mode="sync") as run:
            run["blob"].upload(File.from_content(data, extension="bin"))
            # What an earlier attempt left: 40,000 bytes. Only the rest must come (206), so a marked prefix stays.
            with open("x.part", "wb") as part:
                part.write(b"m" * 40000)
            with open("x.part", "r+b") as part:
                run._client.download("/projects/%s/blobs/%s" % (self.project, sha256(data)), part, 40000,
                                     '"%s"' % sha256(data))
        got = self.read("x.part")
        self.assertEqual(got[:40000], b"m" * 40000)
        self.assertEqual(got[40000:], data[40000:])


class FileSeriesTest(FilesTestCase):
    def test_append_extend_names_descriptions_and_downloads(self):
        images = [("img%d" % i).encode() * 10 for i in range(5)]
        with self.init_run() as run:
            series = run["predictions"]
            series.append(File.from_content(images[0], extension="png"), name="epoch 0", description="first")
            series.append(File.from_content(images[1], extension="png"), step=3, name="epoch 3")
            series.extend([File.from_content(data, extension="png") for data in images[2:]],
                          steps=[4, 5, 7], name=["a", "b", "c"], description="later")
            run.wait()
            series.download("all")
            series.download_last("last.png")
            self.assertEqual(series.fetch_extension(), "png")
            run_id = run._run_id
        self.assertEqual(sorted(os.listdir("all")), ["0.png", "3.png", "4.png", "5.png", "7.png"])
        self.assertEqual(self.read("all/3.png"), images[1])
        self.assertEqual(self.read("last.png"), images[4])
        field = self.fields(run_id)["predictions"]
        self.assertEqual((field["type"], field["count"], field["last_step"]), ("fileSeries", 5, 7))
        points = self.server.points(run_id, "predictions")
        self.assertEqual([(p[1]["name"], p[1].get("description", "")) for p in points],  # empty: left out
                         [("epoch 0", "first"), ("epoch 3", ""), ("a", "later"), ("b", "later"), ("c", "later")])

    def test_a_file_deleted_right_after_logging_still_arrives(self):
        path = self.write("sample.png", b"PNG-ish")
        big = self.write("big.bin", os.urandom(2 << 20))
        big_data = self.read(big)
        with self.init_run(flush_period=3600) as run:
            run["samples"].append(File(path))
            run["big"].upload(big)
            os.remove(path)
            os.remove(big)
            run.wait()
            run["samples"].download_last("back.png")
            run["big"].download("big-back.bin")
        self.assertEqual(self.read("back.png"), b"PNG-ish")
        self.assertEqual(self.read("big-back.bin"), big_data)

    def test_a_vanished_file_warns_once_and_the_rest_goes_on(self):
        good = self.write("good.png", b"good")
        with self.init_run() as run, self.assertLogs("nereid", level="WARNING") as logs:
            for i in range(3):
                run["samples"].append(File("missing-%d.png" % i), step=i)
            run["samples"].append(File(good), step=5)
            run.wait()
            run_id = run._run_id
        self.assertEqual(len([line for line in logs.output if "missing-" in line]), 1, logs.output)
        self.assertEqual(self.fields(run_id)["samples"]["count"], 1)

    def test_file_series_assigned_at_once(self):
        with self.init_run() as run:
            run["gallery"] = FileSeries([File.from_content(b"a", extension="png"),
                                         File.from_content(b"b", extension="png")])
            run_id = run._run_id
        self.assertEqual([self.blob(p[1]["hash"]) for p in self.server.points(run_id, "gallery")], [b"a", b"b"])


class FileSetAndArtifactTest(FilesTestCase):
    def test_upload_files_globs_and_folders(self):
        self.write("train.csv", b"a,b\n1,2\n")
        self.write("test.csv", b"a,b\n3,4\n")
        self.write("notes.txt", b"not matched")
        self.write("folder/x.json", b"{}")
        self.write("folder/deep/y.txt", b"y")
        with self.init_run() as run:
            run["data"].upload_files(["*.csv", "folder/"])
            run.wait()
            listed = {item.file_path: item for item in run["data"].fetch_files_list()}
            run["data"].download("data.zip")
            run["other"] = FileSet("notes.txt")
            run_id = run._run_id
        self.assertEqual(set(listed), {"train.csv", "test.csv", "folder/x.json", "folder/deep/y.txt"})
        self.assertEqual(listed["train.csv"].file_hash, sha256(b"a,b\n1,2\n"))
        with zipfile.ZipFile("data.zip") as archive:
            self.assertEqual(archive.read("folder/deep/y.txt"), b"y")
            self.assertEqual(archive.read("test.csv"), b"a,b\n3,4\n")
        self.assertEqual(self.fields(run_id)["data"]["value"]["count"], 4)
        self.assertEqual(self.fields(run_id)["other"]["value"]["count"], 1)

    def test_track_files_hash_is_stable_across_runs(self):
        self.write("dataset/a.bin", b"aaaa")
        self.write("dataset/sub/b.bin", b"bb")
        hashes = []
        for _ in range(2):
            with self.init_run() as run:
                run["artifacts/data"].track_files("dataset")
                run.wait()
                hashes.append(run["artifacts/data"].fetch_hash())
                files = run["artifacts/data"].fetch_files_list()
        self.assertEqual(hashes[0], hashes[1])
        listing = "a.bin\t%s\t4\nsub/b.bin\t%s\t2\n" % (sha256(b"aaaa"), sha256(b"bb"))
        self.assertEqual(hashes[0], sha256(listing.encode()))
        self.assertEqual([(f.file_path, f.size) for f in files], [("a.bin", 4), ("sub/b.bin", 2)])
        self.assertTrue(files[0].metadata["file_path"].endswith("/dataset/a.bin"))
        self.write("dataset/a.bin", b"changed")
        with self.init_run() as run:
            run["artifacts/data"].track_files("dataset")
            run.wait()
            self.assertNotEqual(run["artifacts/data"].fetch_hash(), hashes[0])


class SourceCodeTest(FilesTestCase):
    def git(self, *args, cwd):
        subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                       env=dict(os.environ, GIT_AUTHOR_NAME="Ada", GIT_AUTHOR_EMAIL="ada@example.org",
                                GIT_COMMITTER_NAME="Ada", GIT_COMMITTER_EMAIL="ada@example.org"))

    def test_source_files_dependencies_and_git(self):
        repo = os.path.join(self.workdir, "repo")
        self.write("repo/train.py", b"print('train')\n")
        self.write("repo/requirements.txt", b"numpy==1.0\n")
        self.git("init", "-q", "-b", "main", cwd=repo)
        self.git("remote", "add", "origin", "https://example.org/team/repo.git", cwd=repo)
        self.git("add", ".", cwd=repo)
        self.git("commit", "-q", "-m", "first model", cwd=repo)
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
        self.write("repo/train.py", b"print('changed')\n")  # uncommitted: dirty
        with self.init_run(source_files=["repo/*.py"], dependencies="infer", git_ref=GitRef(repo)) as run:
            run.wait()
            self.assertEqual([f.file_path for f in run["source_code/files"].fetch_files_list()], ["repo/train.py"])
            run["source_code/requirements"].download("req.txt")
            git = run["source_code/git"].fetch()
        from importlib import metadata

        installed = {"%s==%s" % (d.metadata["Name"], d.version) for d in metadata.distributions() if d.metadata["Name"]}
        self.assertEqual(set(self.read("req.txt").decode().splitlines()), installed)
        self.assertTrue(installed)
        self.assertEqual(git["commit_id"], head)
        self.assertEqual((git["branch"], git["dirty"], git["message"]), ("main", True, "first model"))
        self.assertEqual((git["author_name"], git["author_email"]), ("Ada", "ada@example.org"))
        self.assertEqual(git["remotes"], {"https://example.org/team/repo.git"})
        with self.init_run(dependencies="repo/requirements.txt", git_ref=True) as run:  # the workdir: no git
            run.wait()
            run["source_code/requirements"].download("given.txt")
            self.assertFalse(run.exists("source_code/git"))
        self.assertEqual(self.read("given.txt"), b"numpy==1.0\n")

    def test_the_entry_script_is_uploaded_by_default(self):
        self.write("script.py", b"import nereid\nrun = nereid.init_run(capture_hardware_metrics=False)\n"
                                b"print(run._run_id, flush=True)\nrun.stop()\n")
        env = dict(os.environ, PYTHONPATH=CLIENT)
        done = subprocess.run([os.sys.executable, "script.py"], cwd=self.workdir, env=env, capture_output=True,
                              text=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        run_id = done.stdout.split()[0]
        fields = self.fields(run_id)
        self.assertEqual(fields["source_code/entrypoint"]["value"], "script.py")
        self.assertEqual(fields["source_code/files"]["value"]["count"], 1)


KILLED_SCRIPT = r"""
import os, sys, time
import nereid
from nereid.types import File
# The server it is given cannot be reached, so everything is still in the queue when the process is killed.
run = nereid.init_run(custom_run_id="killed-files", capture_stdout=False, capture_stderr=False,
                      capture_hardware_metrics=False, flush_period=3600, api_url=sys.argv[1])
for i in range(20):
    run["images"].append(File.from_content(b"image %d" % i, extension="png"), name="e%d" % i)
with open("big.bin", "wb") as f:
    f.write(b"B" * (3 << 20))
run["model"].upload("big.bin")
os.remove("big.bin")
run.wait(disk_only=True)
print("logged", flush=True)
time.sleep(600)
"""


class KilledProcessTest(FilesTestCase):
    def test_sigkill_with_files_in_the_queue_then_sync(self):
        env = dict(os.environ, PYTHONPATH=CLIENT)
        process = subprocess.Popen([os.sys.executable, "-c", KILLED_SCRIPT, "http://127.0.0.1:9"], cwd=self.workdir,
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.assertEqual(process.stdout.readline().strip(), "logged")
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        queued = os.listdir(os.path.join(self.queue_dir, "async"))
        self.assertEqual(len(os.listdir(os.path.join(self.queue_dir, "async", queued[0], "files"))), 21)
        synced = self.nereid_cli("sync", "--url", self.server.url)
        self.assertEqual(synced.returncode, 0, synced.stdout + synced.stderr)
        run = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"][0]
        points = self.server.points(run["id"], "images")
        self.assertEqual([self.blob(p[1]["hash"]) for p in points], [b"image %d" % i for i in range(20)])
        self.assertEqual(points[19][1]["name"], "e19")
        self.assertEqual(self.blob(run["fields"]["model"]["value"]["hash"]), b"B" * (3 << 20))
        self.assertIn("No queued runs", self.nereid_cli("status").stdout)


class LimitsTest(FilesTestCase):
    @classmethod
    def server_options(cls):
        return {"extra_args": ["--max-file-bytes", "1000"]}

    def test_a_file_over_the_limit_raises_with_the_servers_message_in_sync_mode(self):
        with self.init_run(mode="sync") as run:
            with self.assertRaises(nereid.exceptions.FileTooLargeError) as caught:
                run["model"].upload(File.from_content(b"x" * 2000, extension="pt"))
            self.assertEqual(caught.exception.status, 413)
            run["ok"].upload(File.from_content(b"x" * 10, extension="pt"))
            self.assertEqual(run["ok"].fetch_hash(), sha256(b"x" * 10))

    def test_async_mode_warns_and_goes_on(self):
        with self.init_run() as run, self.assertLogs("nereid", level="WARNING") as logs:
            run["model"].upload(File.from_content(b"x" * 2000, extension="pt"))
            run["x"] = 1
            run.wait()
            self.assertEqual(run["x"].fetch(), 1)
        self.assertTrue(any("file_too_large" in line or "1000" in line for line in logs.output), logs.output)


if __name__ == "__main__":
    logging.basicConfig()
    import unittest

    unittest.main()
