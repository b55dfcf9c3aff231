"""What init_run() records about the code that runs: source files (source_code/files), installed
distributions (source_code/requirements) and the git work tree (source_code/git), as Neptune 1.x does."""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
import sys
import sysconfig
from typing import Any, List, Optional

from ._file import File
from ._log import logger
from ._values import parse_datetime, truncate_string

GIT_SECONDS = 5


class GitRef:
    """Where to look for the git work tree: ``GitRef(repository_path=...)``; ``GitRef.DISABLED`` records nothing."""

    DISABLED: "GitRef"

    def __init__(self, repository_path: Optional[str] = None) -> None:
        self.repository_path = os.fspath(repository_path) if repository_path is not None else None


GitRef.DISABLED = GitRef()


def entry_script() -> Optional[str]:
    """The script the interpreter runs (None in a REPL, with -c, or for a module of Python's own or of
    installed packages, such as `python -m unittest`)."""
    path = getattr(sys.modules.get("__main__"), "__file__", None)
    if not path or not os.path.isfile(path):
        return None
    path = os.path.abspath(path)
    for name in ("stdlib", "platstdlib", "purelib", "platlib"):
        folder = sysconfig.get_paths().get(name)
        if folder and path.startswith(os.path.abspath(folder) + os.sep):
            return None
    return path


def record(run: Any, source_files: Any, dependencies: Any, git_ref: Any) -> None:
    entry = entry_script()
    if entry is not None:
        run["source_code/entrypoint"] = os.path.basename(entry)
        if source_files is None:
            source_files = [entry]
    if isinstance(source_files, (str, os.PathLike)):
        source_files = [source_files]
    if source_files:
        run["source_code/files"].upload_files([os.fspath(name) for name in source_files])
    if isinstance(dependencies, str) and dependencies == "infer":
        run["source_code/requirements"].upload(File.from_content(installed_distributions(), extension="txt"))
    elif dependencies is not None:
        if os.path.isfile(os.fspath(dependencies)):
            run["source_code/requirements"].upload(File(os.fspath(dependencies)))
        else:
            logger.warning("nereid: dependencies=%r is not a file; no requirements were recorded.", dependencies)
    if git_ref is not False and git_ref is not GitRef.DISABLED:
        folder = git_ref.repository_path if isinstance(git_ref, GitRef) else None
        if isinstance(git_ref, (str, os.PathLike)):
            folder = os.fspath(git_ref)
        record_git(run, folder or (os.path.dirname(entry) if entry else os.getcwd()))


def installed_distributions() -> str:
    """requirements.txt text of the installed distributions (name==version, sorted by name)."""
    from importlib import metadata

    names = set()
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            names.add("%s==%s" % (name, dist.version))
    return "".join(line + "\n" for line in sorted(names, key=str.lower))


def _git(folder: str, *args: str) -> Optional[str]:
    try:
        done = subprocess.run(["git", "-C", folder, *args], capture_output=True, timeout=GIT_SECONDS,
                              env=dict(os.environ, LC_ALL="C", GIT_OPTIONAL_LOCKS="0"))
    except (OSError, subprocess.SubprocessError):  # no git, or it hangs
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def record_git(run: Any, folder: str) -> None:
    """source_code/git/*: commit, message, author, date, branch, dirty flag and remotes; the uncommitted
    changes as source_code/diff. Nothing outside a work tree, without git, or before a first commit."""
    log = _git(folder, "log", "-1", "--format=%H%n%an%n%ae%n%cI%n%B")
    if not log:
        return
    commit_id, author_name, author_email, date, message = (log.split("\n", 4) + [""] * 5)[:5]
    branch = (_git(folder, "symbolic-ref", "--short", "-q", "HEAD") or "").strip() or "Detached HEAD"
    status = _git(folder, "status", "--porcelain")
    remotes = _git(folder, "config", "--get-regexp", r"^remote\..*\.url$") or ""
    git = {
        "commit_id": commit_id,
        "message": truncate_string(message.strip()),
        "author_name": author_name,
        "author_email": author_email,
        "branch": branch,
        "dirty": bool(status and status.strip()),
        "remotes": {line.split(" ", 1)[1] for line in remotes.splitlines() if " " in line},
    }
    when: Optional[_dt.datetime] = None
    try:
        when = parse_datetime(date)
    except ValueError:
        pass
    if when is not None:
        git["commit_date"] = when
    if not git["remotes"]:
        del git["remotes"]
    run["source_code/git"] = git
    if git["dirty"]:
        diff = _git(folder, "diff", "HEAD")
        if diff:
            run["source_code/diff"].upload(File.from_content(diff, extension="patch"))


__all__: List[str] = ["GitRef", "record"]
