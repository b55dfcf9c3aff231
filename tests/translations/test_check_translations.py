#!/usr/bin/env python3
"""test_translation_checker: check_translations.py itself, on a small source file and .ts files made to pass and
to fail in each way it must notice. Needs NEREID_LUPDATE, NEREID_CMAKE and NEREID_LUPDATE_PROJECT_SCRIPT."""
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

CHECKER = Path(__file__).with_name("check_translations.py")
SOURCE = """#include <QCoreApplication>
void f(int n)
{
    QCoreApplication::translate("Ctx", "Open %1").arg(1);
    QCoreApplication::translate("Ctx", "&Quit");
    QCoreApplication::translate("Ctx", "%n run(s)", nullptr, n);
}
"""
GOOD_PL = {
    "Open %1": "<translation>Otwórz %1</translation>",
    "&Quit": "<translation>&amp;Zakończ</translation>",
    "%n run(s)": "<translation><numerusform>%n przebieg</numerusform><numerusform>%n przebiegi</numerusform>"
                 "<numerusform>%n przebiegów</numerusform></translation>",
}


def ts_text(translations, extra=""):
    numerus = ' numerus="yes"'
    messages = "".join(
        f'<message{numerus if "%n" in source else ""}><source>{source.replace("&", "&amp;")}</source>'
        f"{translation}</message>" for source, translation in translations.items())
    return (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl_PL">'
            f"<context><name>Ctx</name>{messages}{extra}</context></TS>")


class TestCheckTranslations(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = Path(self.dir.name)
        (self.path / "source.cpp").write_text(SOURCE)
        self.project_in = self.path / "project.cmake"
        self.project_in.write_text(f'set(lupdate_project_file "{self.path}/CMakeLists.txt")\n'
                                   f'set(lupdate_include_paths "")\n'
                                   f'set(lupdate_sources "{self.path}/source.cpp")\n'
                                   f'set(lupdate_translations "")\n')

    def tearDown(self):
        self.dir.cleanup()

    def check(self, translations, extra=""):
        ts = self.path / "nereid_pl.ts"
        ts.write_text(ts_text(translations, extra))
        run = subprocess.run([sys.executable, str(CHECKER), "--lupdate", os.environ["NEREID_LUPDATE"],
                              "--cmake", os.environ["NEREID_CMAKE"], "--project-in", str(self.project_in),
                              "--project-script", os.environ["NEREID_LUPDATE_PROJECT_SCRIPT"], str(ts)],
                             capture_output=True, text=True)
        return run.returncode, run.stdout

    def test_complete_and_current_passes(self):
        code, output = self.check(GOOD_PL)
        self.assertEqual(code, 0, output)

    def test_unfinished_fails(self):
        code, output = self.check({**GOOD_PL, "Open %1": '<translation type="unfinished">Otwórz %1</translation>'})
        self.assertEqual(code, 1)
        self.assertIn('"Open %1" is unfinished', output)

    def test_empty_fails(self):
        code, output = self.check({**GOOD_PL, "Open %1": "<translation></translation>"})
        self.assertEqual(code, 1)
        self.assertIn("empty translation", output)

    def test_dropped_placeholder_fails(self):
        code, output = self.check({**GOOD_PL, "Open %1": "<translation>Otwórz</translation>"})
        self.assertEqual(code, 1)
        self.assertIn("placeholders none, the source %1", output)

    def test_changed_placeholder_fails(self):
        code, output = self.check({**GOOD_PL, "Open %1": "<translation>Otwórz %2</translation>"})
        self.assertEqual(code, 1)
        self.assertIn("placeholders %2, the source %1", output)

    def test_missing_plural_form_fails(self):
        two_forms = "<translation><numerusform>%n przebieg</numerusform><numerusform>%n przebiegi</numerusform>" \
                    "</translation>"
        code, output = self.check({**GOOD_PL, "%n run(s)": two_forms})
        self.assertEqual(code, 1)
        self.assertIn("2 plural forms, pl needs 3", output)

    def test_lost_accelerator_fails(self):
        code, output = self.check({**GOOD_PL, "&Quit": "<translation>Zakończ</translation>"})
        self.assertEqual(code, 1)
        self.assertIn("accelerator", output)

    def test_message_new_in_the_sources_fails(self):
        code, output = self.check({k: v for k, v in GOOD_PL.items() if k != "&Quit"})
        self.assertEqual(code, 1)
        self.assertIn('new in the sources, not yet translated: Ctx: "&Quit"', output)

    def test_message_gone_from_the_sources_fails(self):
        code, output = self.check(GOOD_PL, extra="<message><source>Gone</source><translation>Nie ma</translation>"
                                                 "</message>")
        self.assertEqual(code, 1)
        self.assertIn('no longer in the sources: Ctx: "Gone"', output)


if __name__ == "__main__":
    unittest.main()
