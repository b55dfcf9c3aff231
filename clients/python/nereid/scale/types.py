"""Value types of neptune-scale: `from neptune_scale.types import File` (and Histogram, which a nereid-server
cannot store: log_histograms() says so)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union


@dataclass
class File:
    """A file for assign_files() / log_files() when more than its source is to be said.

    ``source`` is a path (str or Path) or the content (bytes); ``mime_type`` picks the stored file's extension.
    ``size`` is not needed (the server measures the content); ``destination`` (a place in Neptune's object storage)
    has no meaning on a nereid-server: such a file is skipped with a warning."""

    source: Union[str, Path, bytes]
    mime_type: Optional[str] = field(default=None)
    size: Optional[int] = field(default=None)
    destination: Optional[str] = field(default=None)


@dataclass
class Histogram:
    """A histogram with explicit bin edges (neptune-scale's type; nereid stores no histograms)."""

    bin_edges: Any
    counts: Any = None
    densities: Any = None


@dataclass
class SourceTrackingConfig:
    """What Run() records of the source code. nereid records git information (commit, branch, dirty flag, remotes,
    uncommitted diff) under source_code/git; ``upload_entry_point`` uploads the entry script to source_code/files.
    Pass ``source_tracking_config=None`` to Run() to record nothing."""

    namespace: str = "source_code"
    repository: Optional[Path] = None
    upload_run_command: bool = True
    upload_entry_point: bool = False
    upload_diff_head: bool = False
    upload_diff_upstream: bool = False


__all__ = ["File", "Histogram", "SourceTrackingConfig"]
