"""`python -m nereid sync` and `python -m nereid status`: the runs left in the disk queue."""

from __future__ import annotations

import time
from typing import Any, Dict, List, Optional, TextIO

from . import _config
from ._diskqueue import RunDir
from ._http import ApiClient
from ._log import Reporter
from ._uploader import Uploader
from .exceptions import NereidError


def describe(run_dir: RunDir) -> Dict[str, Any]:
    """What `status` shows about one queued run."""
    meta = run_dir.read_meta()
    create = meta.get("create") or {}
    return {
        "folder": run_dir.path,
        "mode": meta.get("mode"),
        "project": meta.get("project"),
        "run": meta.get("run_id") or create.get("custom_run_id") or "(not created yet)",
        "pending": run_dir.count_pending(),
        "in_use": run_dir.in_use(),
        "stopped": bool(meta.get("stopped")),
    }


def status(root: str, out: TextIO) -> int:
    runs = [describe(run_dir) for run_dir in RunDir.list(root)]
    if not runs:
        out.write("No queued runs in %s.\n" % root)
        return 0
    for info in runs:
        state = "still logging" if info["in_use"] else ("stopped" if info["stopped"] else "not stopped (killed?)")
        out.write(
            "%-8s %-28s %-14s %7d operation(s) to send, %s\n  %s\n"
            % (info["mode"], info["project"] or "(no project)", info["run"], info["pending"], state, info["folder"])
        )
    out.write("%d queued run(s). Upload them with `python -m nereid sync`.\n" % len(runs))
    return 0


def sync_one(run_dir: RunDir, url: Optional[str], token: Optional[str], project: Optional[str], out: TextIO) -> bool:
    """Upload one run that no live process writes; remove its folder when everything is on the server."""
    if not run_dir.lock(blocking=False):
        out.write("Skipped %s: a live process is still logging it.\n" % run_dir.path)
        return True
    meta = run_dir.read_meta()
    if project and not meta.get("project"):
        meta = run_dir.update_meta(project=project)
    client = ApiClient(_config.api_url(url or meta.get("api_url")), _config.api_token(token))
    errors: List[NereidError] = []
    reporter = Reporter(raise_errors=False, where=" sync")
    uploader = Uploader(run_dir, client, lambda error: (errors.append(error), reporter.log(error)))
    try:
        if uploader.run_id:
            uploader.check_epoch()  # a server restored from a backup may not have the run, or give its id to another
        uploader.ensure_run()
        sent = uploader.upload(final=True)
        client.request("POST", "/runs/%s/stop" % uploader.run_id)
    except NereidError as error:
        out.write("Could not sync %s: %s\n" % (run_dir.path, error.message))
        run_dir.close()
        return False
    finally:
        client.close()
    out.write(
        "Synced %s (%s): %d operation(s) sent%s.\n"
        % (uploader.run_id, meta.get("project"), sent, ", %d refused" % len(errors) if errors else "")
    )
    run_dir.remove()
    return True


def sync(root: str, url: Optional[str], token: Optional[str], project: Optional[str], out: TextIO) -> int:
    run_dirs = RunDir.list(root)
    if not run_dirs:
        out.write("Nothing to sync in %s.\n" % root)
        return 0
    started = time.monotonic()
    ok = all([sync_one(run_dir, url, token, project, out) for run_dir in run_dirs])
    out.write("Done in %.1f s.\n" % (time.monotonic() - started))
    return 0 if ok else 1
