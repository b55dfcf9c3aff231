#!/usr/bin/env python3
"""test_translations: every shipped language is complete and current.

Fails when a message of a .ts file is unfinished or empty, when a translation drops, adds or changes a %1-style
placeholder or %n, when the number of plural forms is not the language's, when an accelerator (&File) is lost,
or when lupdate over the current sources (the project file update_translations uses, run on temporary copies)
would add or drop messages. The fix for the last: `cmake --build <build> --target update_translations`, then
translate what is new.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

# Plural forms Qt uses per language (lupdate/numerus.cpp): German one/other, Polish one/few/many.
PLURAL_FORMS = {"de": 2, "pl": 3}
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)\w")


def messages(ts_path):
    """(context, source, comment) -> <message> element for every message of a .ts file."""
    result = {}
    for context in ElementTree.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            result[key] = message
    return result


def placeholders(text):
    """The placeholders of a text, sorted: %1, %2, %n (%L1 counts as %1: localised digits are the translator's
    choice)."""
    return sorted("%" + match.group(1) for match in PLACEHOLDER.finditer(text))


def describe(key):
    context, source, comment = key
    return f'{context}: "{source}"' + (f" ({comment})" if comment else "")


def check_message(language, key, message):
    """The problems of one translated message, in words."""
    source = key[1]
    translation = message.find("translation")
    kind = translation.get("type", "")
    if kind in ("unfinished", "obsolete", "vanished"):
        return [f"{describe(key)} is {kind}"]
    if message.get("numerus") == "yes":
        texts = [form.text or "" for form in translation.iter("numerusform")]
        expected = PLURAL_FORMS.get(language)
        if expected and len(texts) != expected:
            return [f"{describe(key)} has {len(texts)} plural forms, {language} needs {expected}"]
    else:
        texts = [translation.text or ""]
    problems = []
    for text in texts:
        if not text.strip():
            problems.append(f"{describe(key)} has an empty translation")
        elif placeholders(text) != placeholders(source):
            problems.append(
                f'{describe(key)}: the translation "{text}" has the placeholders '
                f'{" ".join(placeholders(text)) or "none"}, the source {" ".join(placeholders(source)) or "none"}')
        elif bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            problems.append(f'{describe(key)}: the translation "{text}" and the source differ in their &accelerator')
    return problems


def lupdate_differences(args, ts_files, workdir):
    """Messages lupdate would add to or drop from each .ts file, as problems in words."""
    project = workdir / "project.json"
    subprocess.run([args.cmake, f"-DIN_FILE={args.project_in}", f"-DOUT_FILE={project}", "-P", args.project_script],
                   check=True)
    copies = []
    for ts in ts_files:
        copy = workdir / ts.name
        shutil.copyfile(ts, copy)
        copies.append(copy)
    run = subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-project", str(project), "-ts", *map(str, copies)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return [f"lupdate failed ({run.returncode}): {run.stderr.strip()}"]
    problems = []
    for ts, copy in zip(ts_files, copies):
        before, after = set(messages(ts)), set(messages(copy))
        problems += [f"{ts.name}: new in the sources, not yet translated: {describe(k)}" for k in sorted(after - before)]
        problems += [f"{ts.name}: no longer in the sources: {describe(k)}" for k in sorted(before - after)]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--project-in", required=True, help="the .cmake file update_translations' project is made of")
    parser.add_argument("--project-script", required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("ts_files", nargs="+", type=Path)
    args = parser.parse_args()

    problems = []
    for ts in args.ts_files:
        language = ElementTree.parse(ts).getroot().get("language", "").split("_")[0]
        found = messages(ts)
        if not found:
            problems.append(f"{ts.name} has no messages")
        for key, message in found.items():
            problems += [f"{ts.name}: {p}" for p in check_message(language, key, message)]
    with tempfile.TemporaryDirectory() as workdir:
        problems += lupdate_differences(args, args.ts_files, Path(workdir))

    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} problem(s). Bring the .ts files up to date with "
              "`cmake --build <build dir> --target update_translations` and translate what is unfinished.")
        return 1
    print(f"{len(args.ts_files)} translation(s) complete and current.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
