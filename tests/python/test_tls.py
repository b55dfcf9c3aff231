"""A server with TLS and a self-signed certificate: the client trusts it through NEREID_CA_BUNDLE, and says what
to do, naming the variable, when the certificate is not trusted."""

import os

from nereidtest import ServerTestCase, make_certificate

import nereid


class TlsTest(ServerTestCase):
    @classmethod
    def server_options(cls):
        cls.cert, key = make_certificate(cls.tmp)
        return {"extra_args": ["--tls-cert", cls.cert, "--tls-key", key], "ca_file": cls.cert}

    def test_server_speaks_https(self):
        self.assertTrue(self.server.url.startswith("https://127.0.0.1:"), self.server.url)

    def test_logs_and_reads_with_the_bundle(self):
        os.environ["NEREID_CA_BUNDLE"] = self.cert
        with self.init_run(mode="sync") as run:
            run["params/lr"] = 0.5
            run["train/loss"].extend([3.0, 2.0, 1.0])
            self.assertEqual(run["params/lr"].fetch(), 0.5)
            rows = run["train/loss"].fetch_values()
            if hasattr(rows, "to_dict"):  # pandas is importable
                rows = list(rows.itertuples(index=False))
            self.assertEqual([r[1] for r in rows], [3.0, 2.0, 1.0])
        self.assertEqual(self.server.run(run._run_id)["fields"]["params/lr"]["value"], 0.5)

    def test_background_upload_with_the_bundle(self):
        os.environ["NEREID_CA_BUNDLE"] = self.cert
        run = self.init_run(flush_period=0.1)
        for step in range(50):
            run["loss"].append(float(step), step=step)
        run.stop()
        self.assertEqual(len(self.server.points(run._run_id, "loss")), 50)

    def test_without_the_bundle_the_error_names_the_variable(self):
        with self.assertRaises(nereid.NereidError) as caught:
            self.init_run(mode="sync")
        self.assertEqual(caught.exception.code, "untrusted_certificate")
        self.assertIsInstance(caught.exception, nereid.exceptions.NeptuneSSLVerificationError)  # Neptune's name
        message = str(caught.exception)
        self.assertIn("NEREID_CA_BUNDLE", message)
        self.assertIn(self.server.url, message)
        self.assertIn("self-signed", message)

    def test_a_bundle_without_the_certificate_is_named(self):
        other, _ = make_certificate(self.workdir, "other")
        os.environ["NEREID_CA_BUNDLE"] = other
        with self.assertRaises(nereid.NereidError) as caught:
            self.init_run(mode="sync")
        self.assertEqual(caught.exception.code, "untrusted_certificate")
        self.assertIn("NEREID_CA_BUNDLE=" + other, str(caught.exception))

    def test_an_unreadable_bundle_is_named(self):
        missing = os.path.join(self.workdir, "missing.pem")
        os.environ["NEREID_CA_BUNDLE"] = missing
        with self.assertRaises(nereid.NereidError) as caught:
            self.init_run(mode="sync")
        self.assertEqual(caught.exception.code, "invalid_ca_bundle")
        self.assertIn("NEREID_CA_BUNDLE=" + missing, str(caught.exception))

    def test_background_mode_logs_the_error_and_keeps_what_was_logged(self):
        with self.assertLogs("nereid", level="ERROR") as logs:
            run = self.init_run(flush_period=0.1)
            run["loss"].append(1.0)
            run.stop(seconds=1)
        self.assertTrue(any("NEREID_CA_BUNDLE" in line for line in logs.output), logs.output)
        # Kept on disk: `python -m nereid sync` sends it once the variable is set.
        os.environ["NEREID_CA_BUNDLE"] = self.cert
        synced = self.nereid_cli("sync")
        self.assertEqual(synced.returncode, 0, synced.stderr)
        runs = self.server.api("GET", "/projects/%s/runs" % self.project)["runs"]
        self.assertEqual(len(runs), 1, runs)
        self.assertEqual(len(self.server.points(runs[0]["sys"]["id"], "loss")), 1)
